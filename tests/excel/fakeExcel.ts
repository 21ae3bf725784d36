/**
 * A small recording fake of the Excel JavaScript API: just the objects the gateway uses, with Office.js's
 * batching rules. Calls are queued and run only at `context.sync()`, in order; reading a property that was
 * not loaded and synced throws; a failing action stops the batch where it stands (earlier actions stay
 * applied, as in Excel); errors carry Excel's `code` and a localised message (which nobody may read).
 *
 * It counts what a benchmark wants to know: round trips (`stats.syncs`), and per sync the request bytes
 * (JSON of every queued action plus a fixed envelope per action) and response bytes (JSON of what was
 * loaded), and it records every write, so a test can say exactly which cells were touched.
 *
 * Reuse: `createFakeExcel(grid)` → `{ run, supports, stats, … }`; `new ExcelGateway(fake.run, { supports: fake.supports })`.
 */
import { columnLetters, MAX_COL, MAX_ROW, parseA1, toA1 } from "../../src/core/model/address";
import { type CellValue, type SheetGridInput, type WorkbookGrid, type WorkbookGridInput } from "../../src/core/model/grid";
import { makeSheet, makeWorkbook } from "../../src/core/model/gridSchema";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import type { CellBox } from "../../src/excel/readPlan";
import { markerName } from "../../src/core/workbook/markers";

/** Excel on the web's cap on one request or response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/**
 * What Office.js adds around each action in its request JSON (ids, type, object path, instantiation and
 * kept references): measured on the real client's requests (tests/excel/wire), 150–260 bytes.
 */
export const ACTION_ENVELOPE_BYTES = 200;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Cells whose values this sync returned (0 for a sync that read no cell data). */
  cellsRead: number;
  actions: number;
  failed?: string;
}

export interface WriteRecord {
  sheet: string;
  /** A1 range inside the sheet, or "" for a sheet-level change. */
  address: string;
  property: string;
  value: unknown;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  perSync: SyncRecord[];
  writes: WriteRecord[];
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string };
  constructor(code: string) {
    // A localised message, as Excel gives it: code must be the only thing anyone looks at.
    super(`Excel でエラーが発生しました (${code})`);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code };
  }
}

type Scalar = string | number | boolean;

interface CellState {
  value: Scalar;
  /** A formula ("=…"); `value` is then its result. */
  formula?: string;
  numberFormat?: string;
  quotePrefix?: boolean;
}

export interface CFState {
  id: number;
  address: string;
  type: "Custom" | "ContainsText" | "DataBar";
  props: Record<string, unknown>;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  address: string;
  style?: string;
}

export interface ChartState {
  type: string;
  source: string;
  seriesBy?: string;
  props: Record<string, unknown>;
  position?: [string, string | undefined];
}

/** A map that counts its changes, so what is derived from it can be kept until it changes. */
class CountedMap<K, V> extends Map<K, V> {
  changes = 0;
  override set(key: K, value: V): this {
    this.changes++;
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.changes++;
    return super.delete(key);
  }
  override clear(): void {
    this.changes++;
    super.clear();
  }
}

export class SheetState {
  cells = new CountedMap<string, CellState>();
  /** Cells ("row,col") formatted unlocked: on a protected sheet Excel takes values into these alone. */
  unlocked = new Set<string>();
  private box: { at: number; box: Box | null } | null = null;
  merges: string[] = [];
  formats: { address: string; path: string; value: unknown }[] = [];
  hyperlinks = new Map<string, unknown>();
  /** Sheet-scoped defined names (a copied tab holds copies of the names that pointed at its original). */
  scopedNames: string[] = [];
  cfs: CFState[] = [];
  charts: ChartState[] = [];
  freeze: { rows: number; cols: number } | null = null;
  pageLayout: Record<string, unknown> = {};
  constructor(
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible",
    public isProtected = false,
  ) {}

  get(row: number, col: number): CellState | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Bounding box of the cells holding a value (getUsedRange(valuesOnly = true)); null on an empty sheet. */
  usedBox(): Box | null {
    // Kept until a cell changes: a million-cell sheet is otherwise scanned again for every range asked of it.
    if (this.box?.at !== this.cells.changes) this.box = { at: this.cells.changes, box: this.scanBox() };
    return this.box.box && { ...this.box.box };
  }

  private scanBox(): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export interface NameState {
  name: string;
  /** null: the name's sheet was deleted (#REF!). */
  sheet: SheetState | null;
  address: string;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  tables: TableState[] = [];
  isProtected = false;
  active: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  nextCfId = 1;

  find(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }
}

/**
 * How Excel tells two sheet names apart: without regard to case, nor to character width (a Japanese IME's
 * full-width Ａ１ is A1, half-width ｶﾅ is カナ; Windows compares names with NORM_IGNOREWIDTH). Kana type and
 * compatibility forms such as ① are kept apart.
 */
export function excelSheetKey(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[\uFF61-\uFF9F]+/g, (m) => m.normalize("NFKC"))
    .toUpperCase();
}

/**
 * Excel's rules for a sheet name, as worksheets.add and a rename enforce them: InvalidArgument for a name
 * Excel cannot take (blank, over 31 characters, one of \\ / ? * [ ] :, an apostrophe first or last, the
 * reserved "History"), ItemAlreadyExists for a name another sheet has.
 */
function checkSheetName(state: WorkbookState, name: unknown, self?: SheetState): void {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31) throw new FakeOfficeError("InvalidArgument");
  if (/[\\/?*[\]:\u0000-\u001f]/.test(name) || name.startsWith("'") || name.endsWith("'")) throw new FakeOfficeError("InvalidArgument");
  if (name.toUpperCase() === "HISTORY") throw new FakeOfficeError("InvalidArgument");
  if (state.sheets.some((s) => s !== self && excelSheetKey(s.name) === excelSheetKey(name))) throw new FakeOfficeError("ItemAlreadyExists");
}

/** A1 (up to XFD1048576) or R1C1 (R, C, R1, C1, R1C1): what a table or defined name may not look like. */
function isCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = [...a1[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(a1[2]);
    return col <= MAX_COLS && row >= 1 && row <= MAX_ROWS;
  }
  return name !== "" && /^([Rr]\d*)?([Cc]\d*)?$/.test(name);
}

/**
 * Excel's rules for a table or defined name: a letter, underscore or backslash first, then letters, digits,
 * underscores, periods or backslashes (no spaces); not a cell reference; at most 255 characters
 * (InvalidArgument). Tables and workbook names share one namespace, compared without regard to case.
 */
function checkDefinedName(name: unknown): asserts name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255) throw new FakeOfficeError("InvalidArgument");
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || isCellReference(name)) throw new FakeOfficeError("InvalidArgument");
}

function nameTaken(state: WorkbookState, name: string, except?: TableState): boolean {
  const key = name.toUpperCase();
  return state.tables.some((t) => t !== except && t.name.toUpperCase() === key) || state.names.some((n) => n.name.toUpperCase() === key);
}

type Box = CellBox;

const MAX_ROWS = MAX_ROW + 1;
const MAX_COLS = MAX_COL + 1;

/**
 * A sheet name in a reference, as Excel writes it: bare when it is word characters (Japanese included) that
 * do not start with a digit or read as a cell reference, else quoted with its apostrophes doubled.
 */
function quoteSheet(name: string): string {
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !isCellReference(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A box as Excel writes it in an absolute reference: $B$3:$G$3, $A:$C, $3:$5. */
function absoluteA1(b: Box): string {
  return boxA1(b).replace(/([A-Z]+)?(\d+)?/g, (m, col?: string, row?: string) =>
    m === "" ? "" : `${col ? `$${col}` : ""}${row ? `$${row}` : ""}`,
  );
}

function boxA1(b: Box): string {
  // Whole columns and whole rows are written as Excel writes them: A:C, 3:5.
  if (b.top === 0 && b.rows === MAX_ROWS) return `${columnLetters(b.left)}:${columnLetters(b.left + b.cols - 1)}`;
  if (b.left === 0 && b.cols === MAX_COLS) return `${b.top + 1}:${b.top + b.rows}`;
  const a = toA1(b.top, b.left);
  return b.rows === 1 && b.cols === 1 ? a : `${a}:${toA1(b.top + b.rows - 1, b.left + b.cols - 1)}`;
}

/** "A1", "A1:B2", "A:C", "3:5" → a box (absolute markers ignored). */
export function parseBox(address: string): Box {
  const a = address.replace(/\$/g, "").trim();
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols) {
    const l = parseA1(`${cols[1]}1`).col;
    const r = parseA1(`${cols[2]}1`).col;
    return { top: 0, left: Math.min(l, r), rows: MAX_ROWS, cols: Math.abs(r - l) + 1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) {
    const t = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { top: Math.min(t, b), left: 0, rows: Math.abs(b - t) + 1, cols: MAX_COLS };
  }
  const [p, q = p] = a.split(":");
  let s: { row: number; col: number };
  let e: { row: number; col: number };
  try {
    s = parseA1(p);
    e = parseA1(q);
  } catch {
    throw new FakeOfficeError("InvalidArgument");
  }
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    rows: Math.abs(e.row - s.row) + 1,
    cols: Math.abs(e.col - s.col) + 1,
  };
}

function intersects(a: Box, b: Box): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}

/**
 * Excel refuses (MergedRangeConflict) a write that covers part of a merged area: the whole area, or its
 * top-left cell alone (which holds the area's value and format), is fine; any other cell of it is not.
 */
function checkMerges(sheet: SheetState, b: Box): void {
  for (const m of sheet.merges.map(parseBox)) {
    if (!intersects(m, b)) continue;
    const inside = b.top <= m.top && b.left <= m.left && b.top + b.rows >= m.top + m.rows && b.left + b.cols >= m.left + m.cols;
    const topLeftOnly = b.top + b.rows - 1 === m.top && b.left + b.cols - 1 === m.left;
    if (!inside && !topLeftOnly) throw new FakeOfficeError("MergedRangeConflict");
  }
}

/** A merged area keeps only its top-left cell's value, as Excel keeps it (the others read as ""). */
function clearMergedTails(sheet: SheetState): void {
  for (const m of sheet.merges.map(parseBox))
    for (let r = m.top; r < m.top + m.rows; r++)
      for (let c = m.left; c < m.left + m.cols; c++) if (r !== m.top || c !== m.left) sheet.cells.delete(`${r},${c}`);
}

/** What typing `s` into a cell stores: Excel reads numbers, percentages, booleans and formulas out of text. */
function typed(s: string): { value: Scalar; numberFormat?: string; quotePrefix?: boolean } {
  if (s.startsWith("'")) return { value: s.slice(1), quotePrefix: true };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  const pct = /^(-?\d+(?:\.\d+)?)%$/.exec(s);
  if (pct) return { value: Number(pct[1]) / 100, numberFormat: "0%" };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true" };
  if (/^\d{1,4}\/\d{1,2}(\/\d{1,4})?$/.test(s)) return { value: 45000, numberFormat: "m/d/yyyy" };
  if (s.startsWith("=")) return { value: "#NAME?" };
  return { value: s };
}

interface LoadResult {
  payload: unknown;
  commit: () => void;
  cells: number;
}

interface Action {
  request: unknown;
  exec: () => LoadResult | void;
}

type Paths = string[][];

function parsePaths(props?: string | string[] | Record<string, unknown>): Paths {
  if (props === undefined) throw new Error("fake: load() without properties loads everything; name what you need");
  const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props);
  return list
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.split("/"));
}

/** The fake's request context. */
export class FakeContext {
  private queue: Action[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): WorkbookState {
    return this.fake.state;
  }

  enqueue(request: unknown, exec: () => LoadResult | void): void {
    this.queue.push({ request, exec });
  }

  /**
   * A write: checks the sheet's protection when it runs (a protected sheet takes it only where `editable`
   * says every cell is unlocked), then records it.
   */
  write(
    request: Record<string, unknown>,
    sheetOf: () => SheetState,
    address: () => string,
    apply: (sheet: SheetState) => void,
    editable?: (sheet: SheetState) => boolean,
  ): void {
    this.enqueue(request, () => {
      const sheet = sheetOf();
      if (sheet.isProtected && !editable?.(sheet)) throw new FakeOfficeError("AccessDenied");
      apply(sheet);
      this.fake.stats.writes.push({
        sheet: sheet.name,
        address: address(),
        property: String(request.set ?? request.call),
        value: request.value ?? request.args,
      });
    });
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    const actions = this.queue;
    this.queue = [];
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, cellsRead: 0, actions: actions.length };
    fake.stats.syncs++;
    fake.stats.perSync.push(record);
    // Bytes as Excel counts them: UTF-8 (a Japanese character is 3). The envelope is the fake's own guess;
    // the real requests are measured through Office.js's client in tests/excel/wire.
    for (const a of actions) record.requestBytes += Buffer.byteLength(JSON.stringify(a.request) ?? "", "utf8") + ACTION_ENVELOPE_BYTES;
    fake.stats.requestBytes += record.requestBytes;
    const fail = (code: string): never => {
      record.failed = code;
      throw new FakeOfficeError(code);
    };
    if (fake.cellEditMode) fail("InvalidOperationInCellEditMode");
    const injected = fake.takeInjectedFailure();
    if (injected) fail(injected);
    // A failure planned for this sync, after some of its actions ran (Excel keeps what ran before).
    const planned = fake.plannedFailure(fake.stats.syncs);
    if (record.requestBytes > fake.options.requestLimit) fail("RequestPayloadSizeLimitExceeded");
    const payloads: unknown[] = [];
    const commits: (() => void)[] = [];
    for (const [i, action] of actions.entries()) {
      let result: LoadResult | void;
      if (planned && i >= Math.floor(actions.length * planned.after)) fail(planned.code);
      try {
        result = action.exec();
      } catch (e) {
        if (process.env.FAKE_DEBUG && !(e instanceof FakeOfficeError)) console.error(e);
        record.failed = e instanceof FakeOfficeError ? e.code : "GeneralException";
        throw e instanceof FakeOfficeError ? e : new FakeOfficeError("GeneralException");
      }
      if (result) {
        payloads.push(result.payload);
        commits.push(result.commit);
        record.cellsRead += result.cells;
      }
    }
    if (planned) fail(planned.code);
    if (record.cellsRead > fake.options.cellLimit)
      fail(fake.options.platform === "desktop" ? "RangeExceedsLimit" : "RequestPayloadSizeLimitExceeded");
    record.responseBytes = Buffer.byteLength(JSON.stringify(payloads), "utf8");
    fake.stats.responseBytes += record.responseBytes;
    // Over the cap the host answers with an error instead of the data.
    if (record.responseBytes > fake.options.responseLimit) fail("RequestPayloadSizeLimitExceeded");
    for (const c of commits) c();
  }
}

function notLoaded(name: string): Error {
  return new Error(`PropertyNotLoaded: ${name} was read before it was loaded and synced`);
}

/** A proxy: loads are queued; values appear after sync. */
abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(readonly context: FakeContext) {}

  /** The object's state when an action runs: null for a null object; throws ItemNotFound when it must exist. */
  protected abstract target(): unknown;
  protected scalar(name: string, _target: unknown): unknown {
    throw new Error(`fake: ${this.constructor.name} has no loadable property ${name}`);
  }
  protected child(name: string): ClientObject | undefined {
    void name;
    return undefined;
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const paths = parsePaths(props);
    this.context.enqueue({ load: paths.map((p) => p.join("/")) }, () => this.collect(paths));
    return this;
  }

  collect(paths: Paths): LoadResult {
    const target = this.target();
    if (target === null) return { payload: { _IsNull: true }, commit: () => (this.nullState = true), cells: 0 };
    const payload: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    let cells = 0;
    const groups = new Map<string, Paths>();
    for (const p of paths) {
      const [head, ...rest] = p;
      if (!groups.has(head)) groups.set(head, []);
      if (rest.length > 0) groups.get(head)?.push(rest);
    }
    for (const [head, rests] of groups) {
      if (rests.length > 0) {
        const child = this.child(head);
        if (!child) throw new Error(`fake: ${this.constructor.name}.${head} is not a navigation property`);
        const r = child.collect(rests);
        payload[head] = r.payload;
        commits.push(r.commit);
        cells += r.cells;
      } else {
        const value = this.scalar(head, target);
        payload[head] = value;
        commits.push(() => this.loaded.set(head, value));
        if (head === "values" && Array.isArray(value)) cells += value.reduce((n: number, row: unknown[]) => n + row.length, 0);
      }
    }
    return {
      payload,
      commit: () => {
        this.nullState = false;
        for (const c of commits) c();
      },
      cells,
    };
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected read<T>(name: string): T {
    if (this.nullState === true) throw new FakeOfficeError("ItemNotFound");
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }
}

/** Records nested property sets (range.format.font.bold = true) as writes; supports getItem(key) on the way. */
function recorder(onSet: (path: string, value: unknown) => void, prefix: string): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get(_t, prop) {
      if (typeof prop !== "string") return undefined;
      if (prop === "getItem") return (key: string) => recorder(onSet, `${prefix}${key}.`);
      if (prop === "then") return undefined;
      // Setter methods (pageLayout.setPrintTitleRows): recorded like a property, under the method's name.
      if (/^set[A-Z]/.test(prop)) return (value: unknown) => onSet(`${prefix}${prop}`, value);
      return recorder(onSet, `${prefix}${prop}.`);
    },
    set(_t, prop, value) {
      onSet(`${prefix}${String(prop)}`, value);
      return true;
    },
  });
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.tables = new FakeTableCollection(context);
    this.protection = new FakeWorkbookProtection(context);
  }
}

class FakeWorkbookProtection extends ClientObject {
  protected target(): unknown {
    return this.context.state;
  }
  protected override scalar(name: string): unknown {
    if (name === "protected") return this.context.state.isProtected;
    return super.scalar(name, null);
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

abstract class FakeCollection<T extends ClientObject> extends ClientObject {
  private loadedItems: T[] | undefined;
  protected abstract members(): T[];
  protected target(): unknown {
    return this.context.state;
  }
  override collect(paths: Paths): LoadResult {
    const itemPaths = paths.filter((p) => p[0] === "items").map((p) => p.slice(1));
    if (itemPaths.length !== paths.length || itemPaths.some((p) => p.length === 0))
      throw new Error("fake: load collection items as items/<property>");
    const items = this.members();
    const results = items.map((it) => it.collect(itemPaths));
    return {
      payload: { items: results.map((r) => r.payload) },
      commit: () => {
        for (const r of results) r.commit();
        this.loadedItems = items;
      },
      cells: results.reduce((n, r) => n + r.cells, 0),
    };
  }
  get items(): T[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }
}

/** How a worksheet proxy finds its sheet: a reference (listing, add) or a name looked up once. */
class SheetRef {
  sheet: SheetState | null | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly name?: string,
    private readonly orNull = false,
  ) {}
  static of(context: FakeContext, sheet: SheetState): SheetRef {
    const r = new SheetRef(context);
    r.sheet = sheet;
    return r;
  }
  resolve(): SheetState | null {
    if (this.sheet === undefined) {
      if (this.name === undefined) throw new Error("fake: worksheet used before it was added");
      this.sheet = this.context.state.find(this.name) ?? null;
    }
    if (this.sheet && !this.context.state.sheets.includes(this.sheet)) throw new FakeOfficeError("ItemNotFound");
    if (this.sheet === null && !this.orNull) throw new FakeOfficeError("ItemNotFound");
    return this.sheet;
  }
  must(): SheetState {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError("ItemNotFound");
    return s;
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected members(): FakeWorksheet[] {
    return this.context.state.sheets.map((s) => new FakeWorksheet(this.context, SheetRef.of(this.context, s)));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, new SheetRef(this.context, name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, new SheetRef(this.context, name, true));
  }
  add(name: string): FakeWorksheet {
    const ref = new SheetRef(this.context);
    this.context.enqueue({ call: "worksheets.add", args: [name] }, () => {
      const state = this.context.state;
      if (state.isProtected) throw new FakeOfficeError("AccessDenied");
      checkSheetName(state, name);
      const sheet = new SheetState(name);
      state.sheets.push(sheet);
      ref.sheet = sheet;
      this.context.fake.stats.writes.push({ sheet: name, address: "", property: "worksheets.add", value: name });
    });
    return new FakeWorksheet(this.context, ref);
  }
}

class FakeWorksheetProtection extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
  }
  protected target(): unknown {
    return this.ref.resolve();
  }
  protected override scalar(name: string, target: unknown): unknown {
    if (name === "protected") return (target as SheetState).isProtected;
    return super.scalar(name, target);
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class FakeWorksheet extends ClientObject {
  readonly protection: FakeWorksheetProtection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: Record<string, (...args: unknown[]) => void>;
  readonly pageLayout: Record<string, unknown>;
  readonly names: FakeScopedNameCollection;
  constructor(
    context: FakeContext,
    readonly ref: SheetRef,
  ) {
    super(context);
    this.protection = new FakeWorksheetProtection(context, ref);
    this.tables = new FakeTableCollection(context, this);
    this.charts = new FakeChartCollection(context, this);
    this.names = new FakeScopedNameCollection(context, ref);
    // Office 2019's freezePanes can fail outright (office-js #2196).
    const broken = () => {
      if (context.fake.options.freezeFails) throw new FakeOfficeError("GeneralException");
    };
    const freeze = (rows: number, cols: number, call: string) =>
      context.write(
        { call: `freezePanes.${call}`, args: [rows, cols] },
        () => ref.must(),
        () => "",
        (s) => {
          broken();
          s.freeze = { rows, cols };
        },
      );
    this.freezePanes = {
      freezeRows: (n) => freeze(Number(n), 0, "freezeRows"),
      freezeColumns: (n) => freeze(0, Number(n), "freezeColumns"),
      freezeAt: (r) => {
        const range = r as FakeRange;
        context.write(
          { call: "freezePanes.freezeAt" },
          () => ref.must(),
          () => "",
          (s) => {
            broken();
            const b = range.box();
            s.freeze = { rows: b.top + b.rows, cols: b.left + b.cols };
          },
        );
      },
    };
    this.pageLayout = recorder(
      (path, value) =>
        context.write(
          { set: `pageLayout.${path}`, value },
          () => ref.must(),
          () => "",
          (s) => {
            // office-js #1860: Excel on Windows drops a fit-to-pages zoom while its Page Layout tab is not shown, silently.
            const fit = typeof value === "object" && value !== null && ("horizontalFitToPages" in value || "verticalFitToPages" in value);
            if (path === "zoom" && fit && context.fake.options.dropsPrintFit) return;
            s.pageLayout[path] = value;
          },
        ),
      "",
    );
  }
  protected target(): unknown {
    return this.ref.resolve();
  }
  protected override scalar(name: string, target: unknown): unknown {
    const s = target as SheetState;
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    if (name === "position") return this.context.state.sheets.indexOf(s);
    if (name === "id") return `{sheet-${s.name}}`;
    return super.scalar(name, target);
  }
  protected override child(name: string): ClientObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.enqueue({ set: "name", value }, () => {
      const state = this.context.state;
      const s = this.ref.must();
      if (state.isProtected) throw new FakeOfficeError("AccessDenied");
      checkSheetName(state, value, s);
      this.context.fake.stats.writes.push({ sheet: s.name, address: "", property: "name", value });
      s.name = value;
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.context.enqueue({ set: "visibility", value }, () => {
      const s = this.ref.must();
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw new FakeOfficeError("InvalidArgument");
      // Excel refuses to hide the last visible sheet.
      if (value !== "Visible" && this.context.state.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0)
        throw new FakeOfficeError("InvalidOperation");
      s.visibility = value;
    });
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.context.enqueue({ set: "position", value }, () => {
      const sheets = this.context.state.sheets;
      const s = this.ref.must();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(value, sheets.length), 0, s);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.context, this, () => this.ref.must().usedBox(), true);
  }
  /** Never null: a blank sheet gives A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.context, this, () => this.ref.must().usedBox() ?? { top: 0, left: 0, rows: 1, cols: 1 });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () =>
      address === undefined ? { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseBox(address),
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this, () => ({ top: row, left: col, rows, cols }));
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this, () => address.split(",").map((a) => parseBox(a)));
  }
  activate(): void {
    this.context.enqueue({ call: "activate" }, () => {
      // Excel cannot activate a hidden sheet, and says so without a useful code.
      if (this.ref.must().visibility !== "Visible") throw new FakeOfficeError("GeneralException");
      this.context.state.active = this.ref.must();
    });
  }
  delete(): void {
    this.context.enqueue({ call: "delete" }, () => {
      const state = this.context.state;
      const s = this.ref.must();
      if (state.isProtected) throw new FakeOfficeError("AccessDenied");
      if (state.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) throw new FakeOfficeError("InvalidOperation");
      state.sheets.splice(state.sheets.indexOf(s), 1);
      state.tables = state.tables.filter((t) => t.sheet !== s);
      for (const n of state.names) if (n.sheet === s) n.sheet = null;
      this.context.fake.stats.writes.push({ sheet: s.name, address: "", property: "delete", value: null });
    });
  }
}

/** A range's `format.protection`: `locked` is true, false, or null where its cells differ (as Excel answers). */
class FakeFormatProtection extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }
  protected target(): unknown {
    return this.range.box();
  }
  protected override scalar(name: string, target: unknown): unknown {
    if (name !== "locked") return super.scalar(name, target);
    const b = target as Box;
    const unlocked = this.range.worksheet.ref.must().unlocked;
    let locked = 0;
    for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) if (!unlocked.has(`${b.top + r},${b.left + c}`)) locked++;
    return locked === 0 ? false : locked === b.rows * b.cols ? true : null;
  }
  get locked(): boolean | null {
    return this.read("locked");
  }
}

class FakeRange extends ClientObject {
  private protectionFormat: FakeFormatProtection | undefined;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private resolvedBox: Box | null | undefined;
  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly boxOf: () => Box | null,
    private readonly orNull = false,
  ) {
    super(context);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
  }
  box(): Box {
    if (this.resolvedBox === undefined) this.resolvedBox = this.boxOf();
    if (this.resolvedBox === null) throw new FakeOfficeError("ItemNotFound");
    return this.resolvedBox;
  }
  protected target(): unknown {
    this.worksheet.ref.must();
    if (this.resolvedBox === undefined) this.resolvedBox = this.boxOf();
    if (this.resolvedBox === null && !this.orNull) throw new FakeOfficeError("ItemNotFound");
    return this.resolvedBox;
  }
  private sheet(): SheetState {
    return this.worksheet.ref.must();
  }
  /** The range's A1 address inside its sheet. */
  a1(): string {
    return boxA1(this.box());
  }
  private matrix<T>(f: (cell: CellState | undefined) => T): T[][] {
    const b = this.box();
    // Excel refuses such a load before it builds anything (a used range reaching XFD1048576 is 17 billion cells).
    const limit = this.context.fake.options.cellLimit;
    if (b.rows * b.cols > limit && this.context.fake.options.nullPastCellLimit) return null as unknown as T[][];
    if (b.rows * b.cols > limit)
      throw new FakeOfficeError(this.context.fake.options.platform === "desktop" ? "RangeExceedsLimit" : "RequestPayloadSizeLimitExceeded");
    if (b.rows * b.cols > 20_000_000) throw new Error("fake: refusing to load a whole-sheet range's cells");
    const s = this.sheet();
    const out: T[][] = [];
    for (let r = 0; r < b.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < b.cols; c++) row.push(f(s.get(b.top + r, b.left + c)));
      out.push(row);
    }
    return out;
  }
  protected override scalar(name: string, target: unknown): unknown {
    const b = target as Box;
    switch (name) {
      case "values":
        return this.matrix((c) => (c ? c.value : ""));
      case "numberFormat":
        return this.matrix((c) => c?.numberFormat ?? "General");
      case "formulas":
        return this.matrix((c) => (c ? (c.formula ?? c.value) : ""));
      case "address":
        return `${quoteSheet(this.sheet().name)}!${boxA1(b)}`;
      case "rowIndex":
        return b.top;
      case "columnIndex":
        return b.left;
      case "rowCount":
        return b.rows;
      case "columnCount":
        return b.cols;
      case "cellCount":
        return b.rows * b.cols;
      default:
        return super.scalar(name, target);
    }
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set values(m: (Scalar | null)[][]) {
    this.context.write(
      { set: "values", value: m },
      () => this.sheet(),
      () => this.a1(),
      (s) => {
        const b = this.box();
        if (m.length !== b.rows || m.some((row) => row.length !== b.cols)) throw new FakeOfficeError("InvalidArgument");
        checkMerges(s, b);
        m.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v === null) return;
            const key = `${b.top + r},${b.left + c}`;
            if (v === "") {
              s.cells.delete(key);
              return;
            }
            const prev = s.cells.get(key);
            const t = typeof v === "string" ? typed(v) : { value: v };
            s.cells.set(key, { numberFormat: t.numberFormat ?? prev?.numberFormat, value: t.value, quotePrefix: t.quotePrefix });
          }),
        );
        clearMergedTails(s);
      },
      // Excel takes values on a protected sheet into unlocked cells only.
      (s) => {
        const b = this.box();
        for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) if (!s.unlocked.has(`${b.top + r},${b.left + c}`)) return false;
        return true;
      },
    );
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(m: (string | null)[][]) {
    this.context.write(
      { set: "numberFormat", value: m },
      () => this.sheet(),
      () => this.a1(),
      (s) => {
        const b = this.box();
        if (m.length !== b.rows || m.some((row) => row.length !== b.cols)) throw new FakeOfficeError("InvalidArgument");
        checkMerges(s, b);
        m.forEach((row, r) =>
          row.forEach((f, c) => {
            if (f === null) return;
            const key = `${b.top + r},${b.left + c}`;
            // A format on an empty cell is kept as a placeholder so a later value picks it up.
            const cell = s.cells.get(key);
            if (cell) cell.numberFormat = f;
            else s.formats.push({ address: toA1(b.top + r, b.left + c), path: "numberFormat", value: f });
          }),
        );
      },
    );
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get format(): Record<string, unknown> {
    // format.protection is loadable (its lock state); every other nested format is a recorded write.
    const protection = (this.protectionFormat ??= new FakeFormatProtection(this.context, this));
    const writes = recorder(
      (path, value) =>
        this.context.write(
          { set: `format.${path}`, value },
          () => this.sheet(),
          () => this.a1(),
          (s) => {
            // A column's width or a row's height cuts through merged areas freely.
            if (path !== "columnWidth" && path !== "rowHeight") checkMerges(s, this.box());
            s.formats.push({ address: this.a1(), path, value });
          },
        ),
      "",
    );
    return new Proxy(writes, { get: (t, prop) => (prop === "protection" ? protection : (t as Record<string | symbol, unknown>)[prop]) });
  }
  set hyperlink(value: unknown) {
    this.context.write(
      { set: "hyperlink", value },
      () => this.sheet(),
      () => this.a1(),
      (s) => {
        checkMerges(s, this.box());
        s.hyperlinks.set(this.a1(), value);
        // Excel shows the link's text in place of the cell's value: textToDisplay, or else the address.
        const link = (value ?? {}) as { address?: string; documentReference?: string; textToDisplay?: string };
        const shown = link.textToDisplay ?? link.address ?? link.documentReference;
        if (shown === undefined) return;
        const b = this.box();
        for (let r = 0; r < b.rows; r++)
          for (let c = 0; c < b.cols; c++) {
            const prev = s.get(b.top + r, b.left + c);
            s.cells.set(`${b.top + r},${b.left + c}`, { value: shown, numberFormat: prev?.numberFormat });
          }
      },
    );
  }
  merge(across?: boolean): void {
    this.context.write(
      { call: "merge", args: [across] },
      () => this.sheet(),
      () => this.a1(),
      (s) => {
        // Merging over part of a merged area is refused; areas wholly inside the new one join it.
        const b = this.box();
        checkMerges(s, b);
        s.merges = s.merges.filter((m) => !intersects(parseBox(m), b));
        s.merges.push(this.a1());
        clearMergedTails(s);
      },
    );
  }
  select(): void {
    this.context.enqueue({ call: "select" }, () => {
      const s = this.sheet();
      this.context.state.selection = { sheet: s.name, address: this.a1() };
    });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const b = this.box();
      return { top: b.top + i, left: b.left, rows: 1, cols: b.cols };
    });
  }
  /** Can lie outside the range, never outside the grid (InvalidArgument), as in Excel. */
  /** Office.js's client merges a large write's ranges with it. */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const a = this.box();
      const b = typeof other === "string" ? parseBox(other) : other.box();
      const top = Math.min(a.top, b.top);
      const left = Math.min(a.left, b.left);
      return { top, left, rows: Math.max(a.top + a.rows, b.top + b.rows) - top, cols: Math.max(a.left + a.cols, b.left + b.cols) - left };
    });
  }
  getOffsetRange(rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const b = this.box();
      const moved = { top: b.top + rows, left: b.left + cols, rows: b.rows, cols: b.cols };
      if (moved.top < 0 || moved.left < 0 || moved.top + moved.rows > MAX_ROWS || moved.left + moved.cols > MAX_COLS)
        throw new FakeOfficeError("InvalidArgument");
      return moved;
    });
  }
  getLastRow(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const b = this.box();
      return { top: b.top + b.rows - 1, left: b.left, rows: 1, cols: b.cols };
    });
  }
  /**
   * The range's cells of one kind as Excel lists them: runs of such cells along each row, runs of the same
   * columns on consecutive rows joined into one area. Null object when there is none (ItemNotFound in Excel).
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.worksheet,
      () => {
        const b = this.box();
        // A constant is a cell with a value and no formula: blanks are neither.
        const wanted = (c: CellState) =>
          cellType === "Formulas" ? c.formula !== undefined : cellType === "Constants" ? c.formula === undefined && c.value !== "" : false;
        if (cellType !== "Formulas" && cellType !== "Constants") throw new FakeOfficeError("InvalidArgument");
        if (this.context.fake.options.unlistableSpecialCells.includes(this.sheet().name)) throw new FakeOfficeError("GeneralException");
        const byRow = new Map<number, number[]>();
        for (const [key, cell] of this.sheet().cells) {
          const [r, c] = key.split(",").map(Number);
          if (r < b.top || r >= b.top + b.rows || c < b.left || c >= b.left + b.cols || !wanted(cell)) continue;
          byRow.set(r, [...(byRow.get(r) ?? []), c]);
        }
        const areas: Box[] = [];
        let open = new Map<string, Box>();
        for (const r of [...byRow.keys()].sort((x, y) => x - y)) {
          const cols = byRow.get(r)!.sort((x, y) => x - y);
          const next = new Map<string, Box>();
          for (let i = 0; i < cols.length;) {
            let j = i;
            while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
            const key = `${cols[i]}:${cols[j]}`;
            const above = open.get(key);
            if (above && above.top + above.rows === r) {
              above.rows++;
              next.set(key, above);
            } else {
              const area = { top: r, left: cols[i], rows: 1, cols: cols[j] - cols[i] + 1 };
              areas.push(area);
              next.set(key, area);
            }
            i = j + 1;
          }
          open = next;
        }
        return areas;
      },
      true,
    );
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      this.worksheet,
      () => {
        const b = this.box();
        const found = this.sheet()
          .merges.map(parseBox)
          .filter((m) => intersects(m, b));
        // Excel's documented limit: more than 512 merged areas and the call fails.
        if (found.length > 512) throw new FakeOfficeError("GeneralException");
        return found;
      },
      true,
    );
  }
}

class FakeRangeAreas extends ClientObject {
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly boxesOf: () => Box[],
    private readonly orNull = false,
  ) {
    super(context);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
  }
  boxes(): Box[] {
    return this.boxesOf();
  }
  protected target(): unknown {
    this.worksheet.ref.must();
    const boxes = this.boxesOf();
    if (boxes.length === 0) {
      if (this.orNull) return null;
      throw new FakeOfficeError("ItemNotFound");
    }
    return boxes;
  }
  protected override scalar(name: string, target: unknown): unknown {
    // As Excel gives a RangeAreas' address: every area sheet-qualified and absolute, comma-separated
    // ('施策 ①-01'!$B$3:$G$3,'施策 ①-01'!$B$5:$C$6).
    if (name === "address") {
      const sheet = quoteSheet(this.worksheet.ref.must().name);
      return (target as Box[]).map((b) => `${sheet}!${absoluteA1(b)}`).join(",");
    }
    if (name === "areaCount") return (target as Box[]).length;
    // -1 past 2^31 − 1 cells, as Excel says it.
    if (name === "cellCount") {
      const n = (target as Box[]).reduce((t, b) => t + b.rows * b.cols, 0);
      return n > 2 ** 31 - 1 ? -1 : n;
    }
    return super.scalar(name, target);
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
}

type RangeLike = FakeRange | FakeRangeAreas;

function rangeSheet(r: RangeLike): SheetState {
  return r.worksheet.ref.must();
}

function rangeAddress(r: RangeLike): string {
  return r instanceof FakeRange ? r.a1() : r.boxes().map(boxA1).join(",");
}

class FakeConditionalFormat extends ClientObject {
  readonly customOrNullObject: FakeCustomFormat;
  constructor(
    context: FakeContext,
    private readonly cfOf: () => CFState,
    private readonly sheetOf: () => SheetState,
  ) {
    super(context);
    this.customOrNullObject = new FakeCustomFormat(context, () => {
      const cf = cfOf();
      return cf.type === "Custom" ? cf : null;
    });
  }
  protected target(): unknown {
    return this.cfOf();
  }
  protected override scalar(name: string, target: unknown): unknown {
    const cf = target as CFState;
    if (name === "type") return cf.type;
    if (name === "id") return String(cf.id);
    return super.scalar(name, target);
  }
  protected override child(name: string): ClientObject | undefined {
    return name === "customOrNullObject" ? this.customOrNullObject : undefined;
  }
  get type(): string {
    return this.read("type");
  }
  private setter(prefix: string): Record<string, unknown> {
    return recorder(
      (path, value) =>
        this.context.write(
          { set: `${prefix}.${path}`, value },
          this.sheetOf,
          () => this.cfOf().address,
          () => {
            this.cfOf().props[`${prefix}.${path}`] = value;
          },
        ),
      "",
    );
  }
  get custom(): Record<string, unknown> {
    return this.setter("custom");
  }
  get textComparison(): Record<string, unknown> {
    return this.setter("textComparison");
  }
  get dataBar(): Record<string, unknown> {
    return this.setter("dataBar");
  }
  delete(): void {
    this.context.write(
      { call: "conditionalFormat.delete" },
      this.sheetOf,
      () => this.cfOf().address,
      (s) => {
        const cf = this.cfOf();
        s.cfs = s.cfs.filter((x) => x !== cf);
      },
    );
  }
}

class FakeCustomFormat extends ClientObject {
  readonly rule: FakeCustomRule;
  constructor(
    context: FakeContext,
    private readonly cfOf: () => CFState | null,
  ) {
    super(context);
    this.rule = new FakeCustomRule(context, () => {
      const cf = cfOf();
      if (!cf) throw new FakeOfficeError("ItemNotFound");
      return cf;
    });
  }
  protected target(): unknown {
    return this.cfOf();
  }
  protected override child(name: string): ClientObject | undefined {
    return name === "rule" ? this.rule : undefined;
  }
}

class FakeCustomRule extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly cfOf: () => CFState,
  ) {
    super(context);
  }
  protected target(): unknown {
    return this.cfOf();
  }
  protected override scalar(name: string, target: unknown): unknown {
    if (name === "formula") return (target as CFState).props["custom.rule.formula"] ?? "";
    return super.scalar(name, target);
  }
  get formula(): string {
    return this.read("formula");
  }
}

class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  constructor(
    context: FakeContext,
    private readonly range: RangeLike,
  ) {
    super(context);
  }
  protected members(): FakeConditionalFormat[] {
    const sheet = rangeSheet(this.range);
    // office-js #6835 / #6827: on some sheets Excel cannot list the conditional formats at all.
    if (this.context.fake.options.unlistableFormats.includes(sheet.name)) throw new FakeOfficeError("GeneralException");
    const boxes = this.range instanceof FakeRange ? [this.range.box()] : this.range.boxes();
    return sheet.cfs
      .filter((cf) => cf.address.split(",").some((a) => boxes.some((b) => intersects(parseBox(a), b))))
      .map(
        (cf) =>
          new FakeConditionalFormat(
            this.context,
            () => cf,
            () => sheet,
          ),
      );
  }
  add(type: string): FakeConditionalFormat {
    let created: CFState | undefined;
    this.context.write(
      { call: "conditionalFormats.add", args: [type] },
      () => rangeSheet(this.range),
      () => rangeAddress(this.range),
      (s) => {
        if (type !== "Custom" && type !== "ContainsText" && type !== "DataBar") throw new FakeOfficeError("InvalidArgument");
        created = { id: this.context.state.nextCfId++, address: rangeAddress(this.range), type, props: {} };
        // New rules go to the top, as in Excel.
        s.cfs.unshift(created);
      },
    );
    return new FakeConditionalFormat(
      this.context,
      () => {
        if (!created) throw new Error("fake: conditional format used before it was added");
        return created;
      },
      () => rangeSheet(this.range),
    );
  }
}

class FakeTable {
  constructor(
    private readonly context: FakeContext,
    private readonly tableOf: () => TableState,
  ) {}
  set name(value: string) {
    this.context.write(
      { set: "table.name", value },
      () => this.tableOf().sheet,
      () => this.tableOf().address,
      () => {
        const t = this.tableOf();
        checkDefinedName(value);
        if (nameTaken(this.context.state, value, t)) throw new FakeOfficeError("InvalidArgument");
        t.name = value;
      },
    );
  }
  set style(value: string) {
    this.context.write(
      { set: "table.style", value },
      () => this.tableOf().sheet,
      () => this.tableOf().address,
      () => (this.tableOf().style = value),
    );
  }
}

class FakeTableItem extends ClientObject {
  readonly worksheet: FakeWorksheet;
  constructor(
    context: FakeContext,
    private readonly table: TableState,
  ) {
    super(context);
    this.worksheet = new FakeWorksheet(context, SheetRef.of(context, table.sheet));
  }
  protected target(): unknown {
    return this.table;
  }
  protected override scalar(name: string, target: unknown): unknown {
    if (name === "name") return (target as TableState).name;
    return super.scalar(name, target);
  }
  protected override child(name: string): ClientObject | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }
  get name(): string {
    return this.read("name");
  }
}

class FakeTableCollection extends FakeCollection<FakeTableItem> {
  constructor(
    context: FakeContext,
    private readonly worksheet?: FakeWorksheet,
  ) {
    super(context);
  }
  protected members(): FakeTableItem[] {
    return this.context.state.tables
      .filter((t) => !this.worksheet || t.sheet === this.worksheet.ref.must())
      .map((t) => new FakeTableItem(this.context, t));
  }
  getItem(name: string): FakeTable {
    let found: TableState | undefined;
    return new FakeTable(this.context, () => {
      found ??= this.context.state.tables.find((x) => x.name.toUpperCase() === name.toUpperCase());
      if (!found) throw new FakeOfficeError("ItemNotFound");
      return found;
    });
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    const ws = this.worksheet;
    if (!ws) throw new Error("fake: add tables through a worksheet");
    let created: TableState | undefined;
    this.context.write(
      { call: "tables.add", args: [address, hasHeaders] },
      () => ws.ref.must(),
      () => address,
      (s) => {
        const state = this.context.state;
        // A table cannot hold merged cells.
        const box = parseBox(address);
        if (s.merges.some((m) => intersects(parseBox(m), box))) throw new FakeOfficeError("MergedRangeConflict");
        let n = state.tables.length + 1;
        while (nameTaken(state, `Table${n}`)) n++;
        created = { name: `Table${n}`, sheet: s, address };
        state.tables.push(created);
      },
    );
    return new FakeTable(this.context, () => {
      if (!created) throw new Error("fake: table used before it was added");
      return created;
    });
  }
}

class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}
  add(type: string, source: FakeRange, seriesBy?: string): Record<string, unknown> {
    let created: ChartState | undefined;
    const ws = this.worksheet;
    this.context.write(
      { call: "charts.add", args: [type, seriesBy] },
      () => ws.ref.must(),
      () => source.a1(),
      (s) => {
        created = { type, source: source.a1(), seriesBy, props: {} };
        s.charts.push(created);
      },
    );
    const chart = () => {
      if (!created) throw new Error("fake: chart used before it was added");
      return created;
    };
    const props = recorder(
      (path, value) =>
        this.context.write(
          { set: `chart.${path}`, value },
          () => ws.ref.must(),
          () => "",
          () => (chart().props[path] = value),
        ),
      "",
    );
    return new Proxy(props, {
      get: (t, p) =>
        p === "setPosition"
          ? (start: string, end?: string) =>
              this.context.write(
                { call: "chart.setPosition", args: [start, end] },
                () => ws.ref.must(),
                () => start,
                () => (chart().position = [start, end]),
              )
          : (t as Record<string | symbol, unknown>)[p],
    });
  }
}

class FakeNamedItem extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly nameOf: () => NameState | null,
    private readonly orNull = false,
  ) {
    super(context);
  }
  protected target(): unknown {
    const n = this.nameOf();
    if (!n && !this.orNull) throw new FakeOfficeError("ItemNotFound");
    return n;
  }
  protected override scalar(prop: string, target: unknown): unknown {
    const n = target as NameState;
    if (prop === "name") return n.name;
    if (prop === "type") return n.sheet ? "Range" : "Error";
    if (prop === "value") return n.sheet ? `${quoteSheet(n.sheet.name)}!${n.address}` : "#REF!";
    if (prop === "formula") return n.sheet ? `=${quoteSheet(n.sheet.name)}!${n.address}` : "=#REF!";
    return super.scalar(prop, target);
  }
  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.context.enqueue({ call: "name.delete" }, () => {
      const state = this.context.state;
      const n = this.nameOf();
      if (!n) throw new FakeOfficeError("ItemNotFound");
      state.names = state.names.filter((x) => x !== n);
      this.context.fake.stats.writes.push({ sheet: n.sheet?.name ?? "", address: n.address, property: "names.delete", value: n.name });
    });
  }
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected members(): FakeNamedItem[] {
    return this.context.state.names.map((n) => new FakeNamedItem(this.context, () => n));
  }
  private lookup(name: string): NameState | null {
    return this.context.state.names.find((n) => n.name.toUpperCase() === name.toUpperCase()) ?? null;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.lookup(name));
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.lookup(name), true);
  }
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.context.enqueue({ call: "names.add", args: [name] }, () => {
      checkDefinedName(name);
      const state = this.context.state;
      if (nameTaken(state, name)) throw new FakeOfficeError("ItemAlreadyExists");
      // office-js #2875: while a copied tab holding a sheet-scoped copy of the name is active (or on hosts
      // where any such copy is in the way), a workbook name of the same name is refused.
      const holders = this.context.fake.options.scopedNameConflict === "any" ? state.sheets : state.active ? [state.active] : [];
      if (holders.some((sh) => sh.scopedNames.some((n) => n.toUpperCase() === name.toUpperCase())))
        throw new FakeOfficeError("ItemAlreadyExists");
      if (typeof reference === "string") throw new Error("fake: names.add takes a Range here");
      const sheet = reference.worksheet.ref.must();
      const b = reference.box();
      const address = `$${columnLetters(b.left)}$${b.top + 1}`;
      this.context.state.names.push({ name, sheet, address });
      this.context.fake.stats.writes.push({ sheet: sheet.name, address, property: "names.add", value: name });
    });
    return this.getItem(name);
  }
}

/** A sheet's own (sheet-scoped) names: listed and deleted, which is all the gateway does with them. */
class FakeScopedName extends ClientObject {
  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
    private readonly key: string,
  ) {
    super(context);
  }
  protected target(): unknown {
    const s = this.ref.must();
    const n = s.scopedNames.find((x) => x.toUpperCase() === this.key.toUpperCase());
    if (n === undefined) throw new FakeOfficeError("ItemNotFound");
    return n;
  }
  protected override scalar(prop: string, target: unknown): unknown {
    if (prop === "name") return target;
    return super.scalar(prop, target);
  }
  get name(): string {
    return this.read("name");
  }
  delete(): void {
    this.context.enqueue({ call: "scopedName.delete" }, () => {
      const s = this.ref.must();
      this.target();
      s.scopedNames = s.scopedNames.filter((x) => x.toUpperCase() !== this.key.toUpperCase());
    });
  }
}

class FakeScopedNameCollection extends FakeCollection<FakeScopedName> {
  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
  }
  protected members(): FakeScopedName[] {
    return this.ref.must().scopedNames.map((n) => new FakeScopedName(this.context, this.ref, n));
  }
  getItem(name: string): FakeScopedName {
    return new FakeScopedName(this.context, this.ref, name);
  }
}

export interface FakeExcelOptions {
  /** Largest response the host accepts (Excel on the web: 5 MB). */
  responseLimit?: number;
  requestLimit?: number;
  /** Highest ExcelApi version the host supports (default 1.17: everything the gateway uses). */
  excelApi?: string;
  workbookProtected?: boolean;
  /**
   * "web" (default): the 5 MB caps above. "desktop": no payload cap, and a read past the cell limit fails
   * with RangeExceedsLimit instead (the web answers RequestPayloadSizeLimitExceeded).
   */
  platform?: "web" | "desktop";
  /** Cells one request may read, on every platform (Excel: 5,000,000). */
  cellLimit?: number;
  /** Past the cell limit a range's values come back null instead of failing, as Excel sometimes does (office-js #6781). */
  nullPastCellLimit?: boolean;
  /** Sheets on which getSpecialCells fails (GeneralException), however often it is asked. */
  unlistableSpecialCells?: string[];
  /** freezePanes fails with GeneralException, as on some Office 2019 builds (office-js #2196). */
  freezeFails?: boolean;
  /** Sheets whose conditional formats cannot be listed (GeneralException, office-js #6835, #6827). */
  unlistableFormats?: string[];
  /**
   * office-js #2875: "active" (default), a workbook name is refused while the active tab holds a sheet-scoped
   * name of the same name; "any", while any tab does (a host where activating another tab is no way round).
   */
  scopedNameConflict?: "active" | "any";
  /** A zoom that fits pages is dropped without an error, as Excel on Windows does (office-js #1860). */
  dropsPrintFit?: boolean;
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2 = 0] = have.split(".").map(Number);
  const [b1, b2 = 0] = want.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export class FakeExcel {
  readonly state = new WorkbookState();
  readonly stats: FakeStats = { runs: 0, syncs: 0, requestBytes: 0, responseBytes: 0, perSync: [], writes: [] };
  readonly options: Required<Omit<FakeExcelOptions, "workbookProtected">>;
  cellEditMode = false;
  private injected: string[] = [];
  private failures: { sync: number; after: number; code: string }[] = [];

  constructor(grid: WorkbookGrid, options: FakeExcelOptions = {}) {
    this.options = {
      responseLimit: options.responseLimit ?? WEB_PAYLOAD_LIMIT,
      requestLimit: options.requestLimit ?? WEB_PAYLOAD_LIMIT,
      excelApi: options.excelApi ?? "1.17",
      platform: options.platform ?? "web",
      cellLimit: options.cellLimit ?? 5_000_000,
      nullPastCellLimit: options.nullPastCellLimit ?? false,
      unlistableSpecialCells: options.unlistableSpecialCells ?? [],
      freezeFails: options.freezeFails ?? false,
      unlistableFormats: options.unlistableFormats ?? [],
      scopedNameConflict: options.scopedNameConflict ?? "active",
      dropsPrintFit: options.dropsPrintFit ?? false,
    };
    if (this.options.platform === "desktop") {
      this.options.responseLimit = options.responseLimit ?? Infinity;
      this.options.requestLimit = options.requestLimit ?? Infinity;
    }
    this.state.isProtected = options.workbookProtected ?? false;
    for (const g of grid.sheets) this.addSheet(g);
    for (const gen of grid.generatedSheets) {
      const sheet = this.state.find(gen.name);
      if (sheet) this.state.names.push({ name: markerName(gen.role as SheetSpec["role"]), sheet, address: "$A$1" });
    }
    this.state.active = this.state.sheets[0] ?? null;
  }

  /** Excel.run's contract: a fresh context per batch. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.stats.runs++;
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  };

  readonly supports = (set: string, version: string): boolean => set === "ExcelApi" && versionAtLeast(this.options.excelApi, version);

  /** A sheet added (or changed) by the "user" between two gateway calls. */
  addSheet(sheet: SheetGridInput, position = this.state.sheets.length): SheetState {
    const g = makeSheet(sheet);
    const s = new SheetState(
      g.name,
      g.visibility === "hidden" ? "Hidden" : g.visibility === "veryHidden" ? "VeryHidden" : "Visible",
      g.protected,
    );
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const f = g.numFmts?.[r]?.[c];
        s.cells.set(`${g.top + r},${g.left + c}`, f ? { value: v, numberFormat: f } : { value: v });
      }),
    );
    s.merges = [...g.merges];
    this.state.sheets.splice(position, 0, s);
    return s;
  }

  /**
   * The user copies a tab (Move or Copy → Create a copy): the copy, "<name> (2)", follows its original with
   * its cells and merges, holds a sheet-scoped copy of every workbook name that pointed at the original (as
   * Excel copies them), and is the active tab.
   */
  copySheet(name: string): SheetState {
    const original = this.state.find(name);
    if (!original) throw new Error(`fake: no sheet ${name}`);
    const copy = new SheetState(`${original.name} (2)`);
    for (const [k, v] of original.cells) copy.cells.set(k, { ...v });
    copy.merges = [...original.merges];
    copy.scopedNames = this.state.names.filter((n) => n.sheet === original).map((n) => n.name);
    this.state.sheets.splice(this.state.sheets.indexOf(original) + 1, 0, copy);
    this.state.active = copy;
    return copy;
  }

  /** The next sync fails with this code before doing anything. */
  failNextSync(code: string): void {
    this.injected.push(code);
  }
  takeInjectedFailure(): string | undefined {
    return this.injected.shift();
  }

  /**
   * The `n`-th sync from now (1 = the next) fails after the first `after` share (0–1) of its actions ran, as
   * Excel fails a request at the call it cannot do.
   */
  failSyncAt(n: number, after: number, code = "GeneralException"): void {
    this.failures.push({ sync: this.stats.syncs + n, after, code });
  }
  plannedFailure(sync: number): { after: number; code: string } | undefined {
    const i = this.failures.findIndex((f) => f.sync === sync);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }

  resetStats(): void {
    Object.assign(this.stats, { runs: 0, syncs: 0, requestBytes: 0, responseBytes: 0, perSync: [], writes: [] });
  }

  sheet(name: string): SheetState | undefined {
    return this.state.find(name);
  }

  value(sheet: string, a1: string): Scalar | null {
    const { row, col } = parseA1(a1);
    return this.state.find(sheet)?.get(row, col)?.value ?? null;
  }

  /** Syncs that carried cell values back (a refused one carried nothing). */
  get dataSyncs(): SyncRecord[] {
    return this.stats.perSync.filter((s) => s.cellsRead > 0 && !s.failed);
  }

  /** The workbook as the engine would see it now (for comparing with what the gateway read). */
  toGrid(): WorkbookGrid {
    return makeWorkbook({
      sheets: this.state.sheets.map((s) => {
        const box = s.usedBox();
        const values: CellValue[][] = [];
        if (box)
          for (let r = 0; r < box.rows; r++) {
            const row: CellValue[] = [];
            for (let c = 0; c < box.cols; c++) row.push(s.get(box.top + r, box.left + c)?.value ?? null);
            while (row.length > 0 && row[row.length - 1] === null) row.pop();
            values.push(row);
          }
        return { name: s.name, values, top: box?.top ?? 0, left: box?.left ?? 0, merges: s.merges, protected: s.isProtected };
      }),
      generatedSheets: this.state.names
        .filter((n) => n.sheet && n.name.startsWith("Shinchoku_"))
        .map((n) => ({ name: (n.sheet as SheetState).name, role: n.name.slice("Shinchoku_".length) })),
    });
  }
}

export function createFakeExcel(grid: WorkbookGrid | WorkbookGridInput, options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(makeWorkbook(grid as WorkbookGridInput), options);
}
