/**
 * Starts the engine worker. Plain JavaScript because `new URL(…, import.meta.url)` is how webpack finds
 * and bundles a worker, and the TypeScript config (CommonJS, for Jest and the CLI) does not allow
 * import.meta. Returns null where a worker cannot start; the pane then runs the engine inline.
 */
export function startEngineWorker() {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./engine.worker.ts", import.meta.url), { name: "shinchoku-engine" });
  } catch {
    return null;
  }
}
