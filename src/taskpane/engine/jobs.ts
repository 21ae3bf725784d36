/**
 * What the engine worker does with each message, apart from the worker itself so it can be tested in
 * Node: gather a workbook's sheets per job, run the job, post the answer back in parts.
 */
import { analyze, proposeFill } from "../../core/engine";
import type { SheetGrid } from "../../core/model/grid";
import { ITEMS_PER_MESSAGE, type FromWorker, type ToWorker } from "./protocol";

export function createJobHandler(post: (message: FromWorker) => void): (message: ToWorker) => void {
  /** Sheets received so far, per job id; a job's sheets are dropped once it has run. */
  const pending = new Map<number, SheetGrid[]>();
  return (msg) => {
    if (msg.type === "sheets") {
      const list = pending.get(msg.id) ?? [];
      for (const s of msg.sheets) list.push(s);
      pending.set(msg.id, list);
      return;
    }
    const { id } = msg;
    const sheets = pending.get(id) ?? [];
    pending.delete(id);
    const grid = { sheets, generatedSheets: msg.generatedSheets };
    try {
      if (msg.job === "analyze") {
        const { measures, findings, ...rest } = analyze(grid, msg.options);
        for (const part of slices(measures)) post({ id, type: "measures", measures: part });
        for (const part of slices(findings)) post({ id, type: "findings", findings: part });
        post({ id, type: "report", report: rest });
      } else {
        for (const part of slices(proposeFill(grid, msg.options))) post({ id, type: "editsPart", edits: part });
        post({ id, type: "edits" });
      }
    } catch (err) {
      // Only a code crosses back: the pane shows its catalogue text, never a stack.
      const code =
        err && typeof err === "object" && typeof (err as { code?: unknown }).code === "string"
          ? (err as { code: string }).code
          : "EngineFailed";
      post({ id, type: "failed", code });
    }
  };
}

function slices<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += ITEMS_PER_MESSAGE) out.push(list.slice(i, i + ITEMS_PER_MESSAGE));
  return out;
}
