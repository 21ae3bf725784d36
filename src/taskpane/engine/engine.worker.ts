/** The engine worker: each message goes to the job handler; answers go back to the pane. No DOM here. */
import { createJobHandler } from "./jobs";
import type { FromWorker, ToWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const handle = createJobHandler((m) => scope.postMessage(m));
scope.onmessage = (e) => handle(e.data);
