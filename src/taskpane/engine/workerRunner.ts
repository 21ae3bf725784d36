/**
 * The EngineRunner over a Web Worker. Sheets go over in chunks with a yield between them, so no single
 * task on the pane's thread clones the whole workbook; the answer comes back as one message.
 */
import type { WorkbookGrid } from "../../core/model/grid";
import type { Edit, Report } from "../../core/model/schemas";
import type { FormDescription } from "../../core/produce/formDescription";
import type { EngineRunner } from "./runner";
import { SHEETS_PER_MESSAGE, type FromWorker, type ToWorker } from "./protocol";

/** What the runner needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: "message", listener: (e: MessageEvent<FromWorker>) => void): void;
  addEventListener(type: "error", listener: (e: Event) => void): void;
}

/** Lets the browser paint and handle input between two chunks. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class EngineWorkerError extends Error {
  readonly messageKey = "taskpane.error.engine";
  constructor(readonly code: string) {
    super(code);
    this.name = "EngineWorkerError";
  }
}

export function workerRunner(worker: WorkerLike): EngineRunner {
  let next = 1;
  interface Waiting {
    resolve(answer: Answer): void;
    reject(e: unknown): void;
    measures: Report["measures"];
    findings: Report["findings"];
    edits: Edit[];
  }
  type Answer = { report: Report } | { edits: Edit[] } | { form: FormDescription };
  const waiting = new Map<number, Waiting>();
  worker.addEventListener("message", (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    const w = waiting.get(m.id);
    if (!w) return;
    // Parts are gathered as they come, each message its own short task.
    if (m.type === "measures") for (const x of m.measures) w.measures.push(x);
    else if (m.type === "findings") for (const x of m.findings) w.findings.push(x);
    else if (m.type === "editsPart") for (const x of m.edits) w.edits.push(x);
    else {
      waiting.delete(m.id);
      if (m.type === "failed") w.reject(new EngineWorkerError(m.code));
      else if (m.type === "form") w.resolve({ form: m.form });
      else if (m.type === "report") w.resolve({ report: { ...m.report, measures: w.measures, findings: w.findings } });
      else w.resolve({ edits: w.edits });
    }
  });
  worker.addEventListener("error", () => {
    for (const w of waiting.values()) w.reject(new EngineWorkerError("WorkerFailed"));
    waiting.clear();
  });

  async function run(
    grid: WorkbookGrid,
    job: Extract<ToWorker, { type: "run" }>["job"],
    options: Extract<ToWorker, { type: "run" }>["options"],
  ) {
    const id = next++;
    const answer = new Promise<Answer>((resolve, reject) => waiting.set(id, { resolve, reject, measures: [], findings: [], edits: [] }));
    for (let i = 0; i < grid.sheets.length; i += SHEETS_PER_MESSAGE) {
      if (i > 0) await yieldToUi();
      worker.postMessage({ id, type: "sheets", sheets: grid.sheets.slice(i, i + SHEETS_PER_MESSAGE) });
    }
    worker.postMessage({ id, type: "run", job, generatedSheets: grid.generatedSheets, options });
    return answer;
  }

  return {
    async analyze(grid, options): Promise<Report> {
      const m = await run(grid, "analyze", options);
      if (!("report" in m)) throw new EngineWorkerError("WrongAnswer");
      return m.report;
    },
    async proposeFill(grid, options): Promise<Edit[]> {
      const m = await run(grid, "proposeFill", { source: "", ...options });
      if (!("edits" in m)) throw new EngineWorkerError("WrongAnswer");
      return m.edits;
    },
    async describeForm(grid, profile): Promise<FormDescription> {
      const m = await run(grid, "describeForm", { source: "", lang: "ja", profile });
      if (!("form" in m)) throw new EngineWorkerError("WrongAnswer");
      return m.form;
    },
  };
}
