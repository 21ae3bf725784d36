/**
 * An .xlsx / .xlsm package held as its zip: parts are inflated when first needed, and only the parts a
 * change touches are rewritten; every other part is copied byte for byte when the package is written.
 * This is what the command line and the browser preview read and write; the add-in (Office.js) does not
 * use it.
 */
import { modifiedDate } from "./coreProps";
import { blockFromCells } from "../../core/specGrid";
import { parseRange } from "../../core/model/address";
import { memoByString } from "../../core/text/memo";
import { generatedFromNames } from "../../core/workbook/markers";
import { sheetOfReference } from "../../core/workbook/references";
import { findSheetByName, SHEET_NAME_MAX, sheetNameKey } from "../../core/model/sheetNames";
import type { SheetGrid, WorkbookGrid } from "../../core/model/grid";
import type { Edit } from "../../core/model/schemas";
import type { ApplyResult, SkippedEdit } from "../../core/model/gateway";
import { asUnreadable, assertInflatedSize, assertPackageKind, WorkbookLoadError } from "./loadError";
import type { Codec } from "./codec";
import { CONTENT_TYPES_PART, CT, patchContentTypes, readContentTypes, type ContentTypes } from "./contentTypes";
import { readRelationships, relKind, relsPathOf, type Relationships } from "./relationships";
import { readSharedStrings } from "./sharedStrings";
import { readSheetFlags, type SheetContent, type SheetReadContext } from "./sheetReader";
import { scanSheet } from "./sheetScanner";
import { lockedEdits, patchSheetCells } from "./sheetPatcher";
import { emptyStyles, readStyles, unlockedCellXfs, type StylesPart } from "./styles";
import { readWorkbookPart, type WorkbookPart } from "./workbookPart";
import { concatBytes, declaredSize, entryData, readZip, writeZip, ZipError, type ZipArchive, type ZipOutput } from "./zip";

export interface PackageSheet {
  name: string;
  /** The worksheet's part name (`xl/worksheets/sheet1.xml`); "" for a chart sheet or dialog sheet. */
  part: string;
  kind: "worksheet" | "chartsheet" | "other";
  state: "visible" | "hidden" | "veryHidden";
  sheetId: number;
  relId: string;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();
/** Sheets of one form merge the same areas (A1:G1 …): each reference is parsed once. */
const mergedArea = memoByString(parseRange, 2_000);

type Area = { top: number; left: number; bottom: number; right: number };

function hides(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right && (row !== a.top || col !== a.left);
}

/**
 * The cells outside merged areas' hidden part (all but each area's top-left). `areas` in reading order; cells come
 * row by row as writers write them, so each is tested only against the areas open on its row (a form has dozens
 * of areas, a row two or three); cells out of row order are tested against every area.
 */
function withoutHiddenCells<C extends { row: number; col: number }>(cells: readonly C[], areas: readonly Area[]): C[] {
  const out: C[] = [];
  let open: Area[] = [];
  let next = 0;
  let row = -1;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (c.row < row) return cells.filter((x) => !areas.some((a) => hides(a, x.row, x.col)));
    if (c.row !== row) {
      row = c.row;
      open = open.filter((a) => a.bottom >= row);
      while (next < areas.length && areas[next].top <= row) if (areas[next++].bottom >= row) open.push(areas[next - 1]);
    }
    let hidden = false;
    for (let i = 0; i < open.length && !hidden; i++) hidden = hides(open[i], c.row, c.col);
    if (!hidden) out.push(c);
  }
  return out;
}

/** The main namespace of Excel 2007's beta (2006) file format. */
const BETA_NAMESPACE = "http://schemas.microsoft.com/office/excel/2006/2";

/** A template's main content type, and the workbook's it becomes when written out. */
const TEMPLATE_TYPES = new Map([
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml", CT.workbook],
  ["application/vnd.ms-excel.template.macroEnabled.main+xml", CT.macroWorkbook],
]);

/** Excel refuses these in a sheet name; a package carrying one did not come from Excel and is refused whole. */
const FORBIDDEN_NAME = /[[\]:*?/\\]/;

function checkSheetNames(names: string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (n.length === 0 || n.length > SHEET_NAME_MAX || FORBIDDEN_NAME.test(n) || n.startsWith("'") || n.endsWith("'"))
      throw new WorkbookLoadError("bad-sheet-name", `sheet name not allowed by Excel: ${n}`);
    const key = sheetNameKey(n);
    if (seen.has(key)) throw new WorkbookLoadError("bad-sheet-name", `two sheets named ${n}`);
    seen.add(key);
  }
}

const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

/**
 * A part's bytes as text. XML allows UTF-8 (a byte-order mark may come first) and UTF-16, told by its byte-order
 * mark or by the `<` of the declaration taking two bytes. Excel writes UTF-8; some generators write UTF-16.
 */
function decodePart(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return utf16le.decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return utf16be.decode(b.subarray(2));
  if (b[0] === 0x3c && b[1] === 0x00) return utf16le.decode(b);
  if (b[0] === 0x00 && b[1] === 0x3c) return utf16be.decode(b);
  return decoder.decode(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b);
}

/** A declaration naming another encoding than the UTF-8 a changed part is written in (a UTF-16 part patched). */
const OTHER_ENCODING = /^(\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'])(?!utf-8["'])[^"']*/i;

/** A changed part's text as it is written, in UTF-8: a declaration naming another encoding is made to say so. */
function utf8Declared(text: string): string {
  // The pattern is anchored at the declaration: a part without one, or one in UTF-8, is left as it is.
  return text.replace(OTHER_ENCODING, "$1UTF-8");
}

export class XlsxPackage {
  /** Parts given new bytes (by lower-case name), removed parts, and the order new parts are written in. */
  private readonly changed = new Map<string, { name: string; data: Uint8Array }>();
  private readonly removed = new Set<string>();
  private readonly textCache = new Map<string, string>();
  private sharedStrings: string[] | null = null;
  private stylesCache: StylesPart | null = null;
  private sheetCache = new Map<string, SheetContent>();
  private keepSheetReads = true;

  workbookPartName!: string;
  workbook!: WorkbookPart;
  workbookRels!: Relationships;
  contentTypes!: ContentTypes;
  sheets!: PackageSheet[];

  private constructor(
    readonly zip: ZipArchive,
    readonly codec: Codec,
  ) {}

  /** Reads the package's structure (content types, workbook, its relationships); sheets are read on demand. */
  /**
   * `keepSheetReads: false` (the command line) reads each sheet for the grid and lets it go: a process that
   * reads a workbook once saves the memory. The preview reads the grid again after every change, so it keeps them.
   */
  static open(bytes: Uint8Array, codec: Codec, options: { keepSheetReads?: boolean } = {}): XlsxPackage {
    assertPackageKind(bytes);
    let zip: ZipArchive;
    try {
      zip = readZip(bytes);
    } catch (e) {
      throw new WorkbookLoadError("unreadable", (e as Error).message);
    }
    assertInflatedSize(declaredSize(zip));
    const pkg = new XlsxPackage(zip, codec);
    pkg.keepSheetReads = options.keepSheetReads ?? true;
    try {
      pkg.load();
    } catch (e) {
      if (e instanceof WorkbookLoadError) throw e;
      // Whatever stops the structure's read (a broken entry, XML that does not parse, a part missing) is a damaged file.
      throw new WorkbookLoadError("unreadable", e instanceof Error ? e.message : String(e));
    }
    return pkg;
  }

  /**
   * A new workbook with no sheet yet (the template, the benchmark's workbooks): the few parts every
   * package needs; sheets are then added by writeSheetsToPackage.
   */
  static blank(codec: Codec): XlsxPackage {
    const pkg = new XlsxPackage(readZip(writeZip(null, [], codec)), codec);
    const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    pkg.setText(
      CONTENT_TYPES_PART,
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    );
    pkg.setText(
      "_rels/.rels",
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    pkg.setText(
      "docProps/app.xml",
      `${xml}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Shinchoku</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>`,
    );
    pkg.setText(
      "xl/workbook.xml",
      `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`,
    );
    pkg.setText(
      "xl/_rels/workbook.xml.rels",
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    );
    pkg.load({ allowNoSheets: true });
    return pkg;
  }

  private load(options: { allowNoSheets?: boolean } = {}): void {
    // An OpenDocument package names its kind in a first entry, `mimetype`, and has no content types.
    if (this.has("mimetype") && this.text("mimetype").startsWith("application/vnd.oasis.opendocument.spreadsheet"))
      throw new WorkbookLoadError("not-xlsx", "an OpenDocument spreadsheet", "ods");
    if (!this.has(CONTENT_TYPES_PART)) throw new WorkbookLoadError("not-xlsx", "no [Content_Types].xml");
    this.contentTypes = readContentTypes(this.text(CONTENT_TYPES_PART));
    let main = "";
    if (this.has("_rels/.rels")) {
      const root = readRelationships("_rels/.rels", this.text("_rels/.rels"), "");
      main = root.list.find((r) => relKind(r.type) === "officeDocument" && !r.external)?.part ?? "";
    }
    // A binary workbook (.xlsb) names a .bin part (Excel's is xl/workbook.bin).
    if (!main || !this.has(main))
      throw new WorkbookLoadError("not-xlsx", "no workbook in the package", this.has("xl/workbook.bin") ? "xlsb" : undefined);
    if (!main.toLowerCase().endsWith(".xml"))
      throw new WorkbookLoadError("not-xlsx", `workbook part ${main} is not XML`, main.toLowerCase().endsWith(".bin") ? "xlsb" : undefined);
    this.workbookPartName = this.partName(main);
    this.workbook = readWorkbookPart(this.text(main), main);
    // A Word or PowerPoint file names its own main part (a document, a presentation) the same way.
    if (this.workbook.root.name !== "workbook")
      throw new WorkbookLoadError("not-xlsx", `main part ${main} is a ${this.workbook.root.name}`);
    // Excel 2007's beta wrote its own namespace, which no release of Excel reads: the file must be saved again.
    const rootTag = this.text(main).slice(this.workbook.root.start, this.workbook.root.openEnd);
    if (rootTag.includes(BETA_NAMESPACE)) throw new WorkbookLoadError("not-xlsx", "an Excel 2007 beta workbook");
    const relsPath = relsPathOf(this.workbookPartName);
    this.workbookRels = this.has(relsPath)
      ? readRelationships(relsPath, this.text(relsPath), this.workbookPartName)
      : readRelationships(
          relsPath,
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
          this.workbookPartName,
        );
    if (this.workbook.sheets.length === 0 && !options.allowNoSheets)
      throw new WorkbookLoadError("no-sheets", "the workbook lists no sheet");
    checkSheetNames(this.workbook.sheets.map((s) => s.name));
    const rels = new Map(this.workbookRels.list.map((r) => [r.id, r]));
    this.sheets = this.workbook.sheets.map((s) => {
      const rel = rels.get(s.relId);
      const kind = rel ? relKind(rel.type) : "";
      return {
        name: s.name,
        part: rel && !rel.external ? this.partName(rel.part) : "",
        kind: kind === "worksheet" ? "worksheet" : kind === "chartsheet" ? "chartsheet" : "other",
        state: s.state,
        sheetId: s.sheetId,
        relId: s.relId,
      };
    });
    for (const s of this.sheets)
      if (s.kind === "worksheet" && !this.has(s.part))
        throw new WorkbookLoadError("unreadable", `sheet ${s.name}: part ${s.part} is missing`);
  }

  // ---- parts ----

  /** The part's name as the zip spells it (names are case-insensitive). */
  partName(name: string): string {
    const key = name.toLowerCase();
    return this.changed.get(key)?.name ?? this.zip.byName.get(key)?.name ?? name;
  }

  has(name: string): boolean {
    const key = name.toLowerCase();
    if (this.removed.has(key)) return false;
    return this.changed.has(key) || this.zip.byName.has(key);
  }

  bytes(name: string): Uint8Array {
    const key = name.toLowerCase();
    const c = this.changed.get(key);
    if (c) return c.data;
    const entry = this.removed.has(key) ? undefined : this.zip.byName.get(key);
    if (!entry) throw new ZipError(`no part ${name}`);
    return entryData(this.zip, entry, this.codec);
  }

  text(name: string): string {
    const key = name.toLowerCase();
    let t = this.textCache.get(key);
    if (t === undefined) {
      t = decodePart(this.bytes(name));
      this.textCache.set(key, t);
    }
    return t;
  }

  /** Gives a part new text, written as UTF-8 (its declaration says so, whatever the part was in before). */
  setText(name: string, text: string): void {
    const utf8 = utf8Declared(text);
    this.setBytes(name, encoder.encode(utf8));
    this.textCache.set(name.toLowerCase(), utf8);
  }

  /**
   * Gives a part new text in pieces (a large generated sheet), written as setText writes it: each piece is encoded
   * as it comes, so the whole text is never one string. The declaration, if any, is in the first piece.
   */
  setTextPieces(name: string, pieces: Iterable<string>): void {
    const bytes: Uint8Array[] = [];
    for (const piece of pieces) bytes.push(encoder.encode(bytes.length === 0 ? utf8Declared(piece) : piece));
    this.setBytes(name, concatBytes(bytes));
  }

  /** Gives a part new bytes; a text kept for it is dropped. */
  private setBytes(name: string, data: Uint8Array): void {
    const key = name.toLowerCase();
    this.removed.delete(key);
    this.changed.set(key, { name: this.partName(name), data });
    this.textCache.delete(key);
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    this.changed.delete(key);
    this.textCache.delete(key);
    this.removed.add(key);
  }

  /** Names of every part present, as spelt in the package. */
  partNames(): string[] {
    const out: string[] = [];
    for (const e of this.zip.entries) if (!e.name.endsWith("/") && !this.removed.has(e.name.toLowerCase())) out.push(this.partName(e.name));
    for (const [key, c] of this.changed) if (!this.zip.byName.has(key)) out.push(c.name);
    return out;
  }

  /** The package as bytes: untouched entries copied as they stood, changed ones in their place, new ones last. */
  toBytes(): Uint8Array {
    const outputs: ZipOutput[] = [];
    const seen = new Set<string>();
    for (const e of this.zip.entries) {
      const key = e.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (this.removed.has(key)) continue;
      const c = this.changed.get(key);
      outputs.push(c ? { kind: "new", name: c.name, data: c.data } : { kind: "copy", entry: e });
    }
    for (const [key, c] of this.changed) if (!seen.has(key)) outputs.push({ kind: "new", name: c.name, data: c.data });
    return writeZip(this.zip, outputs, this.codec);
  }

  /** When the workbook was last saved, as its writer recorded it in the core properties (ISO 8601), or null. */
  savedAt(): string | null {
    if (!this.has("_rels/.rels")) return null;
    const root = readRelationships("_rels/.rels", this.text("_rels/.rels"), "");
    const core = root.list.find((r) => relKind(r.type) === "core-properties" && !r.external)?.part;
    try {
      return modifiedDate(core && this.has(core) ? this.text(core) : null);
    } catch {
      return null; // a damaged core part costs the date only
    }
  }

  // ---- reading ----

  /** What reading one worksheet part needs from the rest of the package. */
  readContext(part: string): SheetReadContext {
    return {
      part,
      sharedStrings: () => (this.sharedStrings ??= this.readSharedStrings()),
      cellNumFmts: this.styles().cellNumFmts,
      date1904: this.workbook.date1904,
    };
  }

  private readSharedStrings(): string[] {
    const rel = this.workbookRels.list.find((r) => relKind(r.type) === "sharedStrings" && !r.external);
    if (!rel || !this.has(rel.part)) return [];
    return readSharedStrings(this.text(rel.part), rel.part);
  }

  /** The part the workbook's styles relationship names, whether the package holds it or not; null without one. */
  stylesTarget(): string | null {
    return this.workbookRels.list.find((r) => relKind(r.type) === "styles" && !r.external)?.part ?? null;
  }

  stylesPartName(): string | null {
    const part = this.stylesTarget();
    return part !== null && this.has(part) ? this.partName(part) : null;
  }

  styles(): StylesPart {
    if (!this.stylesCache) {
      const part = this.stylesPartName();
      this.stylesCache = part ? readStyles(this.text(part), part) : emptyStyles();
    }
    return this.stylesCache;
  }

  /** Forgets what was parsed from parts that a change rewrote. */
  invalidate(): void {
    this.stylesCache = null;
    this.sheetCache.clear();
  }

  /** A worksheet's merged areas and protection: from its read where one is kept, else without reading its cells. */
  sheetFlags(sheet: PackageSheet): Pick<SheetContent, "merges" | "protected"> {
    return this.sheetCache.get(sheet.part) ?? readSheetFlags(this.text(sheet.part));
  }

  sheetContent(sheet: PackageSheet): SheetContent {
    let c = this.sheetCache.get(sheet.part);
    if (!c) {
      c = this.readSheetPart(sheet.part);
      this.sheetCache.set(sheet.part, c);
    }
    return c;
  }

  /**
   * The sheet read for the grid. Unless reads are kept, its XML and cells are not (at 14,000 sheets they
   * would hold hundreds of megabytes the engine never looks at again); fill and summary read again what they patch.
   */
  private sheetContentOnce(sheet: PackageSheet): SheetContent {
    if (this.keepSheetReads) return this.sheetContent(sheet);
    const cached = this.sheetCache.get(sheet.part);
    if (cached) return cached;
    return this.readSheetPart(sheet.part);
  }

  /** A worksheet part read (its text is kept only where asked: `text()`). */
  private readSheetPart(part: string): SheetContent {
    return scanSheet(this.textCache.get(part.toLowerCase()) ?? decodePart(this.bytes(part)), this.readContext(part));
  }

  sheetGrid(sheet: PackageSheet): SheetGrid {
    const base = { name: sheet.name, visibility: sheet.state, protected: false, merges: [] as string[] };
    if (sheet.kind !== "worksheet") return { ...base, values: [], top: 0, left: 0 };
    const content = this.sheetContentOnce(sheet);
    if (content.merges.length === 0) return { ...base, ...blockFromCells(content.cells), protected: content.protected };
    // Each area parsed once, for the order and for the hidden cells alike.
    const areas = content.merges.map((r) => ({ r, a: mergedArea(r) }));
    // Writers keep them in reading order already: sorted only when they are not.
    const before = (x: (typeof areas)[number], y: (typeof areas)[number]) =>
      x.a.top - y.a.top || x.a.left - y.a.left || x.a.bottom - y.a.bottom || x.a.right - y.a.right;
    for (let i = 1; i < areas.length; i++)
      if (before(areas[i - 1], areas[i]) > 0) {
        areas.sort(before);
        break;
      }
    const merges = areas.map((x) => x.r);
    // The hidden cells of a merged area read empty, as Excel reports them, whatever a writer left there.
    const cells = withoutHiddenCells(
      content.cells,
      areas.map((x) => x.a),
    );
    return { ...base, ...blockFromCells(cells), merges, protected: content.protected };
  }

  /** Summary tabs by their marker names (`Shinchoku_<role>`, workbook-scoped); a marker whose sheet is gone is ignored. */
  markers(): { name: string; role: string }[] {
    const names = this.workbook.definedNames
      .filter((d) => d.localSheetId === null)
      .map((d) => ({ name: d.name, sheet: sheetOfReference(d.formula.trim()) }));
    return generatedFromNames(
      names,
      this.sheets.map((s) => s.name),
    );
  }

  grid(): WorkbookGrid {
    return asUnreadable(() => ({ sheets: this.sheets.map((s) => this.sheetGrid(s)), generatedSheets: this.markers() }));
  }

  // ---- fill ----

  /**
   * Writes each edit whose cell still holds `before`; nothing at all when a target cell is locked on a protected sheet.
   * Undo is the same call with before and after swapped. A sheet part it cannot patch is the package's damage.
   */
  applyEdits(edits: Edit[]): ApplyResult {
    return asUnreadable(() => this.patchCells(edits));
  }

  private patchCells(edits: Edit[]): ApplyResult {
    const targets = edits.map((edit) => ({ edit, sheet: this.findSheet(edit.sheet) }));
    // A patch needs each sheet's protection and merged areas, not its cells (it reads the cells it changes).
    const flags = new Map<PackageSheet, Pick<SheetContent, "merges" | "protected">>();
    const flagsOf = (sheet: PackageSheet) => {
      let f = flags.get(sheet);
      if (!f) flags.set(sheet, (f = this.sheetFlags(sheet)));
      return f;
    };
    const skipped: SkippedEdit[] = [];
    const bySheet = new Map<PackageSheet, Edit[]>();
    for (const { edit, sheet } of targets) {
      if (!sheet || sheet.kind !== "worksheet") {
        skipped.push({ edit, reason: "missing" });
        continue;
      }
      const list = bySheet.get(sheet);
      if (list) list.push(edit);
      else bySheet.set(sheet, [edit]);
    }
    // On a protected sheet a fill writes only cells a person could type into there (unlocked ones); one locked
    // target cell and nothing is written anywhere, as before a single write.
    const locked = this.lockedTargets([...bySheet].filter(([sheet]) => flagsOf(sheet).protected));
    if (locked.size > 0)
      return {
        applied: [],
        skipped: targets.map((t) => ({ edit: t.edit, reason: !t.sheet ? "missing" : locked.has(t.edit) ? "protected" : "blocked" })),
      };
    const appliedSet = new Set<Edit>();
    // Every sheet is patched before any is changed: a sheet part that cannot be patched (damaged past what the
    // read forgave) leaves the package as it was, not half filled (the preview keeps it open after the error).
    const patched: { sheet: PackageSheet; data: Uint8Array }[] = [];
    for (const [sheet, list] of bySheet) {
      const patch = patchSheetCells(this.text(sheet.part), list, flagsOf(sheet).merges, this.readContext(sheet.part));
      for (const e of patch.applied) appliedSet.add(e);
      skipped.push(...patch.skipped);
      // Held as the bytes to be written (outside the JavaScript heap), not as texts.
      if (patch.applied.length > 0) patched.push({ sheet, data: encoder.encode(utf8Declared(patch.text)) });
      // Unless reads are kept, the text goes once patched (the part's bytes hold it): 14,000 sheets' texts are
      // hundreds of megabytes.
      if (!this.keepSheetReads) this.textCache.delete(sheet.part.toLowerCase());
    }
    for (const { sheet, data } of patched) {
      this.setBytes(sheet.part, data);
      this.sheetCache.delete(sheet.part);
    }
    // In the order they were asked for.
    const applied = edits.filter((e) => appliedSet.has(e));
    const order = new Map(edits.map((e, i) => [e, i]));
    skipped.sort((a, b) => (order.get(a.edit) ?? 0) - (order.get(b.edit) ?? 0));
    return { applied, skipped };
  }

  /** Of the edits of protected sheets (each sheet with its edits), those whose cell is locked. */
  private lockedTargets(protectedSheets: [PackageSheet, Edit[]][]): Set<Edit> {
    const out = new Set<Edit>();
    if (protectedSheets.length === 0) return out;
    const unlocked = unlockedCellXfs(this.styles());
    for (const [sheet, edits] of protectedSheets)
      for (const e of lockedEdits(this.text(sheet.part), edits, unlocked, sheet.part)) out.add(e);
    return out;
  }

  findSheet(name: string): PackageSheet | undefined {
    return findSheetByName(this.sheets, name);
  }

  /** Whether the package is a macro-enabled workbook (.xlsm): it stays one when written. */
  isMacroEnabled(): boolean {
    return (this.contentTypes.overrides.get(this.workbookPartName.toLowerCase())?.type ?? "").includes("macroEnabled");
  }

  /**
   * A template (.xltx, .xltm) written out becomes a workbook, as Excel makes one from a template: the main part's
   * content type says so. An output is named .xlsx or .xlsm, and Excel refuses a template's type under those names.
   */
  asWorkbook(): void {
    const type = this.contentTypes.overrides.get(this.workbookPartName.toLowerCase())?.type;
    const workbookType = type && TEMPLATE_TYPES.get(type);
    if (!workbookType) return;
    this.setText(
      CONTENT_TYPES_PART,
      patchContentTypes(this.contentTypes, [this.workbookPartName], [{ part: this.workbookPartName, type: workbookType }]),
    );
    this.contentTypes = readContentTypes(this.text(CONTENT_TYPES_PART));
  }

  /** Re-reads the structure after a change rewrote it. */
  reload(): void {
    this.invalidate();
    this.sharedStrings = null;
    this.load({ allowNoSheets: true });
  }
}
