// A Storage kept in memory, as long as the tab lasts: what the page uses
// when the browser lets it keep nothing (storage blocked on a locked-down
// PC), and what the browser store's tests use in place of localStorage.

/** A Storage that lasts as long as the tab: for a browser that lets the page keep nothing (storage blocked on a locked-down PC). */
export class TabStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}
