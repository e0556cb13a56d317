// A narrower terminal reflows the lines already on it: the prompt line Ink
// drew at the old width now takes more rows than Ink knows, and Ink's own
// clear on a narrower width (it erases the rows it drew) would leave the
// top of the old line on the screen above the new one. Before Ink handles
// the resize, the rows the old frame takes now are erased here, and the
// cursor put where Ink's clear expects it. Ink keeps its last frame private:
// it is read through Ink's instance table (the file, not the package's
// exports, which do not name it; ink 6.8). The bundle (dist/screen) holds
// that file with the Ink it bundles; where it cannot be found (the
// benchmarks' tsc output) the fix is left out rather than the screen.

type Instances = WeakMap<object, unknown>;

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

/** The rows a frame's lines take at a width, wrapped by the terminal. */
function rowsAt(frame: string, width: number): number {
  return frame.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.replace(ANSI, '').length / width)), 0);
}

/** What to write so that the old frame's rows are blank and the cursor is where Ink's clear of `lines` rows ends on its first row. */
function eraseReflowed(frame: string, width: number): string {
  const lines = frame.split('\n').length;
  const rows = rowsAt(frame, width);
  return `\x1b[${rows}A\r\x1b[J\x1b[${lines}B`;
}

let instances: Instances | undefined;

/**
 * Resolves once Ink's instance table is read (or found missing). It is read
 * as this module loads, and the shell mounts only after it: a resize right
 * after the first frame (keys typed while the screen loaded, on a busy
 * machine) finds it there.
 */
export const reflowReady: Promise<void> = import('../../node_modules/ink/build/instances.js').then(
  (m) => {
    instances = m.default as unknown as Instances;
  },
  () => {},
);

/** Listens for resizes ahead of Ink (mount() calls it once the app is rendered). */
export function fixReflowOnShrink(stdout: NodeJS.WriteStream): () => void {
  let width = stdout.columns || 80;
  const onResize = () => {
    const now = stdout.columns || 80;
    const ink = instances?.get(stdout) as { lastOutput?: string } | undefined;
    if (now < width && ink?.lastOutput) stdout.write(eraseReflowed(ink.lastOutput, now));
    width = now;
  };
  stdout.prependListener('resize', onResize);
  return () => stdout.off('resize', onResize);
}
