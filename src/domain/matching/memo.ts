/**
 * Remembers the results of a pure function under an integer key that stands for its arguments
 * (equal keys must mean equal results). Listing every left-out opportunity can mean thousands of
 * reasons a request, mostly the same few sentences; sharing one frozen object per sentence
 * keeps that cheap. Past `limit` keys everything is forgotten, so odd data cannot make it grow
 * without bound.
 */
export function memoByKey<A extends unknown[], T extends object>(limit: number, make: (...args: A) => T): (key: number, ...args: A) => T {
  const known = new Map<number, T>();
  return (key, ...args) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = Object.freeze(make(...args));
      known.set(key, value);
    }
    return value;
  };
}
