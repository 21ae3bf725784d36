/**
 * A bounded cache for pure functions of one string. Workbooks repeat the same short texts on every
 * sheet (labels, year labels, dashes, boilerplate summaries), so a lookup saves re-normalising them.
 * When full the cache is dropped whole: no per-hit bookkeeping, and memory stays bounded.
 */
export function memoByString<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
