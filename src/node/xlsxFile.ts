/**
 * .xlsx files on disk for the command line. Nothing is ever written over the input, and an output
 * appears whole or not at all: it is written beside its target under a temporary name, then renamed.
 */
import { randomBytes } from "node:crypto";
import { open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { t, type CliKey } from "./messages";
import type { Lang } from "../core/model/schemas";
import { WorkbookLoadError, XlsxPackage } from "../xlsx/package";
import type { WorkbookGrid } from "../core/model/grid";
import { zlibCodec } from "./zlibCodec";

export type XlsxFileErrorCode = "not-found" | "not-xlsx" | "encrypted" | "no-sheets" | "unreadable" | "same-as-input" | "write-failed";

/**
 * A file problem the user can act on; its message comes from the catalogue (`file.<code>`). `reason`, a
 * catalogue key, says why in the user's language in place of `detail` (an errno code or a library's
 * English message, kept for debugging).
 */
export class XlsxFileError extends Error {
  readonly reason: CliKey | undefined;

  constructor(
    readonly code: XlsxFileErrorCode,
    readonly path: string,
    readonly detail: string = "",
    options?: { cause?: unknown; reason?: CliKey },
  ) {
    super(`${code}: ${path}${detail ? ` (${detail})` : ""}`, options);
    this.name = "XlsxFileError";
    this.reason = options?.reason;
  }

  get messageKey(): CliKey {
    return `file.${this.code}`;
  }

  localized(lang: Lang): string {
    return t(this.messageKey, lang, { path: this.path, detail: this.reason ? t(this.reason, lang) : this.detail });
  }
}

/** errno codes a user can act on, as a reason in their language (others are shown as the code). */
const READ_REASONS: Record<string, CliKey> = {
  EACCES: "file.reason.no-permission",
  EPERM: "file.reason.no-permission",
};
const WRITE_REASONS: Record<string, CliKey> = {
  ENOENT: "file.reason.no-folder",
  ENOTDIR: "file.reason.no-folder",
  EISDIR: "file.reason.is-folder",
  EACCES: "file.reason.no-permission",
  EPERM: "file.reason.no-permission",
  EROFS: "file.reason.read-only",
  ENOSPC: "file.reason.disk-full",
  EDQUOT: "file.reason.disk-full",
};

function errnoCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

/** On one line: library messages (XML parsers) may span several. */
function describe(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ").trim();
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = errnoCode(e);
    if (code === "ENOENT" || code === "ENOTDIR") throw new XlsxFileError("not-found", path, "", { cause: e });
    throw new XlsxFileError("unreadable", path, code ?? describe(e), { cause: e, reason: code ? READ_REASONS[code] : undefined });
  }
}

/** The workbook's package, read for the engine and patched by fill and summary (src/xlsx/package). */
export async function readXlsxPackage(path: string): Promise<XlsxPackage> {
  const bytes = await readBytes(path);
  try {
    return XlsxPackage.open(bytes, zlibCodec, { keepSheetReads: false });
  } catch (e) {
    throw fileError(e, path);
  }
}

/** The package's cells as the engine reads them; a damaged sheet part is the same clear error as a damaged file. */
export function packageGrid(pkg: XlsxPackage, path: string): WorkbookGrid {
  try {
    return pkg.grid();
  } catch (e) {
    throw fileError(e, path);
  }
}

/** The package with its changes, written like every output: whole or not at all, never over the input. */
export async function writePackageAtomic(pkg: XlsxPackage, outPath: string, inputPath?: string): Promise<void> {
  if (inputPath !== undefined) await assertNotInput(outPath, inputPath);
  let bytes: Uint8Array;
  try {
    bytes = pkg.toBytes();
  } catch (e) {
    throw new XlsxFileError("write-failed", outPath, describe(e), { cause: e });
  }
  await writeFileAtomic(bytes, outPath, inputPath);
}

function fileError(e: unknown, path: string): XlsxFileError {
  {
    if (e instanceof XlsxFileError) return e;
    if (e instanceof WorkbookLoadError) {
      if (e.kind === "bad-sheet-name")
        return new XlsxFileError("unreadable", path, describe(e.detail), { cause: e, reason: "file.reason.sheet-name" });
      if (e.kind === "too-large") return new XlsxFileError("unreadable", path, e.detail, { cause: e, reason: "file.reason.too-large" });
      if (e.kind === "unreadable")
        return new XlsxFileError("unreadable", path, describe(e.detail), { cause: e, reason: "file.reason.damaged" });
      return new XlsxFileError(e.kind, path, e.detail, { cause: e });
    }
    return new XlsxFileError("unreadable", path, describe(e), { cause: e, reason: "file.reason.damaged" });
  }
}

/** Throws `same-as-input` when `outPath` names the input file: the same path, a link to it, or the same inode. */
export async function assertNotInput(outPath: string, inputPath: string): Promise<void> {
  const out = resolve(outPath);
  const input = resolve(inputPath);
  const same = () => new XlsxFileError("same-as-input", outPath);
  if (out === input) throw same();
  const [so, si] = await Promise.all([stat(out).catch(() => null), stat(input).catch(() => null)]);
  if (so && si && so.dev === si.dev && so.ino === si.ino) throw same();
  const [ro, ri] = await Promise.all([realpath(out).catch(() => null), realpath(input).catch(() => null)]);
  if (ro !== null && ro === ri) throw same();
}

/** Writes bytes to a temporary file beside the target, flushes it, then renames it into place. */
export async function writeFileAtomic(bytes: Uint8Array, outPath: string, inputPath?: string): Promise<void> {
  if (inputPath !== undefined) await assertNotInput(outPath, inputPath);
  const target = resolve(outPath);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = errnoCode(e);
    throw new XlsxFileError("write-failed", outPath, code ?? describe(e), { cause: e, reason: code ? WRITE_REASONS[code] : undefined });
  }
}

/** Text outputs (CSV, JSON) with the same guarantees, in UTF-8 as given (a BOM, if wanted, is in the text). */
export async function writeTextFileAtomic(text: string, outPath: string, inputPath?: string): Promise<void> {
  await writeFileAtomic(new TextEncoder().encode(text), outPath, inputPath);
}
