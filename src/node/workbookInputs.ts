/**
 * The inputs of a many-workbook command (`check FILE… | DIR`, `summary FILE… -o OUT`): folders expanded
 * into their .xlsx / .xlsm files, each file read from its package into the engine's grid, with the
 * date it was last saved.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { WorkbookGrid } from "../core/model/grid";
import { packageGrid, readXlsxPackage } from "./xlsxFile";
import { readSavedSettings, type SavedSettings } from "./workbookSettings";
import { UsageError } from "./cliErrors";

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** A folder named like a workbook (x.xlsx/) is a mistaken path, not a folder of workbooks: it is read as a file and refused. */
async function isWorkbookFolder(path: string): Promise<boolean> {
  if (/\.(xlsx|xlsm|xls)$/i.test(path.replace(/[\\/]+$/, ""))) return false;
  const s = await stat(path).catch(() => null);
  return s?.isDirectory() ?? false;
}

/** Every path given, folders replaced by their workbooks in name order (Excel's lock files ~$… and hidden files left out). */
export async function expandInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (!(await isWorkbookFolder(p))) {
      out.push(p);
      continue;
    }
    const names = (await readdir(p)).filter((n) => WORKBOOK.test(n) && !n.startsWith("~$") && !n.startsWith(".")).sort();
    const files: string[] = [];
    for (const n of names) if ((await stat(join(p, n)).catch(() => null))?.isFile()) files.push(join(p, n));
    if (files.length === 0) throw new UsageError("cli.no-workbooks", { path: p });
    out.push(...files);
  }
  return out;
}

/** True when the arguments name more than one workbook, or a folder: the many-workbook form of a command. */
export async function isMany(paths: string[]): Promise<boolean> {
  return paths.length > 1 || (paths.length === 1 && (await isWorkbookFolder(paths[0])));
}

export interface LoadedWorkbook {
  path: string;
  /** The settings the add-in saved in this file (its profile, rounding), if any; and what to tell about a damaged value. */
  saved: SavedSettings;
  /** The file name, as reports and the combined workbook name it. */
  source: string;
  grid: WorkbookGrid;
  /** ISO 8601: the workbook's own last-saved date, else the file's modification time. */
  savedAt: string | null;
}

export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const pkg = await readXlsxPackage(path);
  const grid = packageGrid(pkg, path);
  const savedAt = pkg.savedAt() ?? (await stat(path).catch(() => null))?.mtime.toISOString() ?? null;
  return { path, source: basename(path), grid, savedAt, saved: await readSavedSettings(pkg) };
}
