// Tables keyed by text a user typed or a file held (file names, shell
// variables, attribute names, lesson names): a name that is also an
// Object.prototype name (__proto__, constructor, toString, ...) must behave as
// any other. Such tables are read with own() (never an inherited value) and
// written with put() (a data property, never the prototype setter).

/** The table's own value for `key`, or undefined (never an inherited one). */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Sets `key` on `table` as its own data property, whatever the key ("__proto__" too). */
export function put<T>(table: Record<string, T>, key: string, value: T): void {
  // Only __proto__ is an accessor on Object.prototype: any other name is set by a plain assignment (fast in loops).
  if (key === '__proto__') Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
  else table[key] = value;
}
