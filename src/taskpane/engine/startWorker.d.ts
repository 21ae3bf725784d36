/** See startWorker.js. */
export function startEngineWorker(): Worker | null;
