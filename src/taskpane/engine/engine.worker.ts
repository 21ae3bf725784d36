/**
 * The engine worker: receives a workbook in chunks of sheets, then runs one job on it and posts the
 * result back. Pure engine code only (no DOM here, none in the engine).
 */
import { analyze, proposeFill } from "../../core/engine";
import type { SheetGrid } from "../../core/model/grid";
import type { FromWorker, ToWorker } from "./protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
/** Sheets received so far, per job id; a job's sheets are dropped once it has run. */
const pending = new Map<number, SheetGrid[]>();

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "sheets") {
    const list = pending.get(msg.id) ?? [];
    for (const s of msg.sheets) list.push(s);
    pending.set(msg.id, list);
    return;
  }
  const sheets = pending.get(msg.id) ?? [];
  pending.delete(msg.id);
  const grid = { sheets, generatedSheets: msg.generatedSheets };
  try {
    if (msg.job === "analyze") scope.postMessage({ id: msg.id, type: "report", report: analyze(grid, msg.options) });
    else scope.postMessage({ id: msg.id, type: "edits", edits: proposeFill(grid, msg.options) });
  } catch (err) {
    // Only a code crosses back: the pane shows its catalogue text, never a stack.
    const code = err && typeof err === "object" && typeof (err as { code?: unknown }).code === "string" ? (err as { code: string }).code : "EngineFailed";
    scope.postMessage({ id: msg.id, type: "failed", code });
  }
};
