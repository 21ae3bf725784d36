/**
 * zod on first use. Loading zod (some 95 modules) costs more than checking a small plan, and the command
 * line's `check` never parses input: the schemas it would load with the engine's facade are built only
 * when something parses with them.
 */
import type { z as Zod } from "zod";

let loaded: typeof Zod | undefined;

/** The zod namespace, loaded on the first call. */
export function zod(): typeof Zod {
  // A plain require: synchronous, and bundlers resolve it like an import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= (require("zod") as { z: typeof Zod }).z);
}

/**
 * A schema built on first use. The value stands in for the schema itself (parse, safeParse, shape,
 * instanceof …): every property is read from the real schema, built by `build` the first time.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const get = (): T => (real ??= build());
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = get();
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    // Reported configurable: the stand-in object has none of these properties itself.
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
    set: (_, key, value) => Reflect.set(get(), key, value),
  });
}
