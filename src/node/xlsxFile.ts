/**
 * .xlsx files on disk for the command line. Nothing is ever written over the input, and an output
 * appears whole or not at all: it is written beside its target under a temporary name, then renamed.
 * An output named through a symbolic link replaces the file the link names (the link stays), keeping that
 * file's permissions; a folder, device or pipe is never replaced. An input is read from a file or a pipe
 * (`<(…)`), not from a device (`/dev/zero` never ends).
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { t, type CliKey } from "./messages";
import type { Lang } from "../core/model/schemas";
import { WorkbookLoadError, XlsxPackage } from "../xlsx/package";
import type { WorkbookGrid } from "../core/model/grid";
import { zlibCodec } from "./zlibCodec";

export type XlsxFileErrorCode =
  "not-found" | "not-xlsx" | "encrypted" | "no-sheets" | "unreadable" | "same-as-input" | "write-failed" | "needs-xlsx" | "needs-xlsm";

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
  EISDIR: "file.reason.folder-given",
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

/** More than any workbook (a plan of 14,000 sheets is 44 MB): a pipe that gives more is not one. */
const MAX_PIPE_BYTES = 1024 * 1024 * 1024;

/** A pipe read to its end, up to `MAX_PIPE_BYTES`. */
async function readPipe(path: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    size += (chunk as Buffer).length;
    if (size > MAX_PIPE_BYTES) throw new XlsxFileError("unreadable", path, "", { reason: "file.reason.pipe-too-large" });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const kind = await stat(path);
    if (kind.isDirectory()) throw new XlsxFileError("unreadable", path, "EISDIR", { reason: "file.reason.folder-given" });
    if (kind.isFIFO()) return await readPipe(path);
    if (!kind.isFile()) throw new XlsxFileError("unreadable", path, "", { reason: "file.reason.not-regular" });
    return await readFile(path);
  } catch (e) {
    if (e instanceof XlsxFileError) throw e;
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
  pkg.asWorkbook();
  assertExtension(pkg, outPath);
  if (inputPath !== undefined) await assertNotInput(outPath, inputPath);
  let bytes: Uint8Array;
  try {
    bytes = pkg.toBytes();
  } catch (e) {
    throw new XlsxFileError("write-failed", outPath, describe(e), { cause: e });
  }
  await writeFileAtomic(bytes, outPath, inputPath);
}

/**
 * A change made to the input's package (fill's edits, new tabs). A part it must rewrite that cannot be parsed
 * (a styles part cut down to its declaration) is the input's damage: told as a damaged file, as a read would
 * tell it, not as an internal error. Any other failure stays what it is.
 */
export function changeInput<T>(path: string, change: () => T): T {
  try {
    return change();
  } catch (e) {
    if (e instanceof WorkbookLoadError) throw fileError(e, path);
    throw e;
  }
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
      // What to do depends on what the file is: an .ods or .xlsb is saved again as .xlsx from its own program.
      if (e.kind === "not-xlsx")
        return new XlsxFileError("not-xlsx", path, e.detail, {
          cause: e,
          reason: e.format ? `file.reason.${e.format}` : "file.reason.not-xlsx",
        });
      return new XlsxFileError(e.kind, path, e.detail, { cause: e });
    }
    return new XlsxFileError("unreadable", path, describe(e), { cause: e, reason: "file.reason.damaged" });
  }
}

/**
 * Excel opens a package by its name's extension: a macro workbook under .xlsx, or a plain one under .xlsm, is
 * refused as damaged, and any other name is not opened as a workbook at all. Macros are never dropped to fit a
 * name: the user names the output.
 */
function assertExtension(pkg: XlsxPackage, outPath: string): void {
  const ext = extname(outPath).toLowerCase();
  if (pkg.isMacroEnabled()) {
    if (ext !== ".xlsm") throw new XlsxFileError("needs-xlsm", outPath);
  } else if (ext !== ".xlsx") throw new XlsxFileError("needs-xlsx", outPath);
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

/**
 * The file an output replaces: the path itself, or the file a symbolic link there names; with the permissions
 * it has (null for a new file). A folder, a device, a pipe or a broken link is refused.
 */
async function outputTarget(outPath: string): Promise<{ target: string; mode: number | null }> {
  const refuse = (reason: CliKey, detail: string) => new XlsxFileError("write-failed", outPath, detail, { reason });
  let target = resolve(outPath);
  if ((await lstat(target).catch(() => null))?.isSymbolicLink()) {
    try {
      target = await realpath(target);
    } catch {
      throw refuse("file.reason.broken-link", "ENOENT");
    }
  }
  const found = await stat(target).catch(() => null);
  if (found?.isDirectory()) throw refuse("file.reason.is-folder", "EISDIR");
  if (found && !found.isFile()) throw refuse("file.reason.not-regular", "not a regular file");
  return { target, mode: found ? found.mode & 0o777 : null };
}

/** Writes bytes to a temporary file beside the target, flushes it, then renames it into place. */
export async function writeFileAtomic(bytes: Uint8Array, outPath: string, inputPath?: string): Promise<void> {
  if (inputPath !== undefined) await assertNotInput(outPath, inputPath);
  const { target, mode } = await outputTarget(outPath);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(tmp, "wx");
    try {
      if (mode !== null) await handle.chmod(mode);
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
