/** The command line run in-process, its output gathered: what a test reads of a run. */
import { runCli } from "../../src/node/cli";

export interface CliRun {
  code: number;
  /** Everything written to standard output, lines joined by "\n" (JSON comes in groups of lines). */
  out: string;
  err: string;
}

export async function run(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
