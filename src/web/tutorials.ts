// The Tutorials page: the recordings of sessions/*.session (made when wparsim
// is built, with `wparsim run --record`) played in asciinema-player, loaded
// from this page's own folder. The list is casts/index.json.

interface Player {
  dispose(): void;
}
declare const AsciinemaPlayer: { create(src: string, element: HTMLElement, options: Record<string, unknown>): Player };

interface Tutorial {
  name: string;
  title: string;
}

async function tutorials(): Promise<void> {
  const list = document.getElementById('list')!;
  const place = document.getElementById('player')!;
  const all = (await (await fetch('casts/index.json')).json()) as Tutorial[];
  let player: Player | null = null;
  const play = (t: Tutorial) => {
    player?.dispose();
    place.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = t.title;
    const box = document.createElement('div');
    place.append(heading, box);
    player = AsciinemaPlayer.create(`casts/${t.name}.cast`, box, { fit: 'width', idleTimeLimit: 2, theme: 'asciinema' });
    location.hash = t.name;
  };
  for (const t of all) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = t.title;
    b.dataset['cast'] = t.name;
    b.addEventListener('click', () => play(t));
    list.append(b);
  }
  const wanted = all.find((t) => `#${t.name}` === location.hash) ?? all[0];
  if (wanted) play(wanted);
  document.body.dataset['ready'] = 'yes';
}

void tutorials();
