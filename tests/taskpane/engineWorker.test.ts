/**
 * The engine worker's protocol, in Node: the runner sends a workbook in chunks of sheets, the job handler
 * (what the worker runs) answers in parts, and the pane gets exactly what the engine computes inline.
 */
import { analyze, proposeFill } from "../../src/core/engine";
import { benchGrid } from "../../scripts/bench/workbooks";
import { describeError } from "../../src/taskpane/errors";
import { createJobHandler } from "../../src/taskpane/engine/jobs";
import { ITEMS_PER_MESSAGE, SHEETS_PER_MESSAGE, type FromWorker, type ToWorker } from "../../src/taskpane/engine/protocol";
import { workerRunner, type WorkerLike } from "../../src/taskpane/engine/workerRunner";

/** A worker in this thread: messages are cloned and delivered on a later task, as postMessage does. */
function fakeWorker(handler = createJobHandler) {
  const listeners: ((e: MessageEvent<FromWorker>) => void)[] = [];
  const sent: ToWorker[] = [];
  const received: FromWorker[] = [];
  const handle = handler((m) => {
    received.push(m);
    setTimeout(() => listeners.forEach((l) => l({ data: structuredClone(m) } as MessageEvent<FromWorker>)));
  });
  const worker: WorkerLike = {
    postMessage(m: ToWorker) {
      sent.push(m);
      setTimeout(() => handle(structuredClone(m)));
    },
    addEventListener(type: string, l: (e: never) => void) {
      if (type === "message") listeners.push(l as (e: MessageEvent<FromWorker>) => void);
    },
  };
  return { worker, sent, received };
}

describe("engine worker", () => {
  const grid = benchGrid(140);

  test("a 140-sheet workbook: sheets go in chunks, the report comes back in parts and equals the inline one", async () => {
    const { worker, sent, received } = fakeWorker();
    const report = await workerRunner(worker).analyze(grid, { source: "b.xlsx", lang: "ja" });
    expect(report).toEqual(analyze(grid, { source: "b.xlsx", lang: "ja" }));
    expect(sent.filter((m) => m.type === "sheets")).toHaveLength(Math.ceil(140 / SHEETS_PER_MESSAGE));
    expect(received.filter((m) => m.type === "findings")).toHaveLength(Math.ceil(report.findings.length / ITEMS_PER_MESSAGE));
    expect(report.findings.length).toBeGreaterThan(ITEMS_PER_MESSAGE);
  });

  test("fill proposals come back whole, in order", async () => {
    const { worker } = fakeWorker();
    const edits = await workerRunner(worker).proposeFill(grid, { lang: "en" });
    expect(edits).toEqual(proposeFill(grid, { lang: "en" }));
    expect(edits.length).toBeGreaterThan(100);
  });

  test("two jobs at once keep their sheets apart", async () => {
    const { worker } = fakeWorker();
    const runner = workerRunner(worker);
    const small = benchGrid(3);
    const [a, b] = await Promise.all([
      runner.analyze(grid, { source: "a", lang: "ja" }),
      runner.analyze(small, { source: "b", lang: "ja" }),
    ]);
    expect(a.measures).toHaveLength(140);
    expect(b.measures).toHaveLength(3);
  });

  test("a job that throws answers with a code: the pane shows the catalogue text, never a stack", async () => {
    const { worker } = fakeWorker((post) => (m) => {
      if (m.type === "run") post({ id: m.id, type: "failed", code: "EngineFailed" });
    });
    const error = await workerRunner(worker)
      .analyze(grid, { source: "x", lang: "ja" })
      .catch((e: unknown) => e);
    expect(describeError(error)).toEqual({ key: "taskpane.error.engine", code: "EngineFailed" });
  });
});
