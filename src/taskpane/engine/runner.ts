/**
 * How the pane runs the engine's heavy calls (analyse, propose fill). In a browser they run in a Web
 * Worker (workerRunner), so validating a city's 1,400 sheets never freezes the pane; tests and hosts
 * without workers run them inline. Both behave alike: a grid in, plain data out, as a promise.
 */
import type { WorkbookGrid } from "../../core/model/grid";
import type { Edit, Lang, Report } from "../../core/model/schemas";
import type { Rounding } from "../../core/model/settings";
import type { EngineApi } from "../engineApi";

export interface AnalyzeOptions {
  source: string;
  lang: Lang;
  rounding?: Rounding;
}

export interface EngineRunner {
  analyze(grid: WorkbookGrid, options: AnalyzeOptions): Promise<Report>;
  proposeFill(grid: WorkbookGrid, options: { lang: Lang; rounding?: Rounding }): Promise<Edit[]>;
}

/** On the calling thread: what the component tests and a host without Web Workers use. */
export function inlineRunner(engine: Pick<EngineApi, "analyze" | "proposeFill">): EngineRunner {
  return {
    analyze: async (grid, options) => engine.analyze(grid, options),
    proposeFill: async (grid, options) => engine.proposeFill(grid, options),
  };
}
