/**
 * The zip container of an .xlsx package, read and written without unpacking what is not needed.
 *
 * Reading lists the central directory and inflates an entry only when asked. Writing copies every
 * entry it was not given new bytes for as it stood, local header, data and directory record byte for
 * byte, so parts this layer does not understand (charts, pivots, VBA, extLst, customXml) survive.
 * Inflate and deflate come from a codec: node:zlib in the CLI, fflate in the browser.
 */
import type { Codec } from "./codec";

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  /** The entry's name, folders separated by "/" (read so where a writer used "\\"; its records keep what it wrote). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the source bytes. */
  localOffset: number;
  /** The central directory record as it stood (copied, with the offset updated, when the entry is kept). */
  central: Uint8Array;
  /** Sizes or offset in ZIP64 extra fields (central or local): a copy is written with classic records instead. */
  zip64: boolean;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
/** The extra field that holds 64-bit sizes and offsets (ZIP64) where a 32-bit field says 0xFFFFFFFF. */
const ZIP64_EXTRA = 0x0001;
const OVERFLOW32 = 0xffffffff;
const OVERFLOW16 = 0xffff;

const decoder = new TextDecoder("utf-8");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An 8-byte little-endian count; a value past 2^53 cannot be a real offset or size. */
function uint64(v: DataView, at: number): number {
  const n = v.getUint32(at, true) + v.getUint32(at + 4, true) * 0x1_0000_0000;
  if (!Number.isSafeInteger(n)) throw new ZipError("ZIP64 value out of range");
  return n;
}

/** The data of the extra field with header `id` within [from, to); null when absent or cut off. */
function extraField(v: DataView, from: number, to: number, id: number): { at: number; length: number } | null {
  for (let p = from; p + 4 <= to;) {
    const length = v.getUint16(p + 2, true);
    if (v.getUint16(p, true) === id) return p + 4 + length <= to ? { at: p + 4, length } : null;
    p += 4 + length;
  }
  return null;
}

/**
 * Where the central directory starts and how many records it holds. Writers that use ZIP64 for every package
 * (Apache POI's Zip64Mode.Always, libxlsxwriter's use_zip64, streaming zip libraries) may put 0xFFFF and
 * 0xFFFFFFFF in the classic end record and the real values in the ZIP64 one before it.
 */
function directory(bytes: Uint8Array, v: DataView): { start: number; count: number } {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipError("no end of central directory");
  const count = v.getUint16(eocd + 10, true);
  const start = v.getUint32(eocd + 16, true);
  if (count !== OVERFLOW16 && start !== OVERFLOW32) return { count, start };
  const locator = eocd - 20;
  if (locator < 0 || v.getUint32(locator, true) !== EOCD64_LOCATOR) throw new ZipError("no ZIP64 end of central directory");
  const end64 = uint64(v, locator + 8);
  if (end64 + 56 > bytes.length || v.getUint32(end64, true) !== EOCD64) throw new ZipError("no ZIP64 end of central directory");
  return { count: uint64(v, end64 + 32), start: uint64(v, end64 + 48) };
}

/** Lists a zip's entries from its central directory; throws ZipError when there is no readable directory. */
export function readZip(bytes: Uint8Array): ZipArchive {
  const v = view(bytes);
  const dir = directory(bytes, v);
  let p = dir.start;
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  for (let n = 0; n < dir.count; n++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL) throw new ZipError("central directory cut off");
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const recordLen = 46 + nameLen + extraLen + v.getUint16(p + 32, true);
    if (p + recordLen > bytes.length) throw new ZipError("central directory cut off");
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/");
    let compressedSize = v.getUint32(p + 20, true);
    let size = v.getUint32(p + 24, true);
    let localOffset = v.getUint32(p + 42, true);
    let zip64 = false;
    if (compressedSize === OVERFLOW32 || size === OVERFLOW32 || localOffset === OVERFLOW32) {
      // The ZIP64 extra field holds, in this order, each of the three that overflowed.
      const extra = extraField(v, p + 46 + nameLen, p + 46 + nameLen + extraLen, ZIP64_EXTRA);
      if (!extra) throw new ZipError(`entry ${name} has no ZIP64 sizes`);
      let q = extra.at;
      const next = (): number => {
        if (q + 8 > extra.at + extra.length) throw new ZipError(`entry ${name} has no ZIP64 sizes`);
        q += 8;
        return uint64(v, q - 8);
      };
      if (size === OVERFLOW32) size = next();
      if (compressedSize === OVERFLOW32) compressedSize = next();
      if (localOffset === OVERFLOW32) localOffset = next();
      zip64 = true;
    }
    const entry: ZipEntry = {
      // Some writers separate folders with backslashes (against the zip format; Excel opens such files): read as slashes.
      name,
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      compressedSize,
      size,
      localOffset,
      central: bytes.subarray(p, p + recordLen),
      zip64,
    };
    if (entry.localOffset + 30 > bytes.length || v.getUint32(entry.localOffset, true) !== LOCAL)
      throw new ZipError(`entry ${entry.name} has no local header`);
    if (!zip64) entry.zip64 = localExtra(bytes, v, entry.localOffset, ZIP64_EXTRA) !== null;
    entries.push(entry);
    // Part names are case-insensitive in OPC. Two entries under one name are a damaged (or crafted) package: which
    // one a reader takes differs between programs, so Excel could show one sheet and a check read the other.
    const key = entry.name.toLowerCase();
    if (byName.has(key)) throw new ZipError(`two entries named ${entry.name}`);
    byName.set(key, entry);
    p += recordLen;
  }
  return { bytes, entries, byName };
}

/** What the entries declare they inflate to, summed, from the central directory alone (a zip bomb declares gigabytes). */
export function declaredSize(zip: ZipArchive): number {
  let total = 0;
  for (const e of zip.entries) total += e.size;
  return total;
}

/** An extra field of the local header at `at`. */
function localExtra(bytes: Uint8Array, v: DataView, at: number, id: number): { at: number; length: number } | null {
  const from = at + 30 + v.getUint16(at + 26, true);
  return extraField(v, from, Math.min(bytes.length, from + v.getUint16(at + 28, true)), id);
}

function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const v = view(bytes);
  return entry.localOffset + 30 + v.getUint16(entry.localOffset + 26, true) + v.getUint16(entry.localOffset + 28, true);
}

/** The entry's bytes, inflated. */
export function entryData(zip: ZipArchive, entry: ZipEntry, codec: Codec): Uint8Array {
  if (entry.flags & 1) throw new ZipError(`entry ${entry.name} is encrypted`);
  const start = dataStart(zip.bytes, entry);
  const end = start + entry.compressedSize;
  if (end > zip.bytes.length) throw new ZipError(`entry ${entry.name} is cut off`);
  const raw = zip.bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = codec.inflateRaw(raw, entry.size);
    } catch (e) {
      throw new ZipError(`entry ${entry.name} cannot be inflated: ${(e as Error).message}`);
    }
  } else throw new ZipError(`entry ${entry.name} uses compression method ${entry.method}`);
  if (out.length !== entry.size) throw new ZipError(`entry ${entry.name} inflates to ${out.length} bytes, not ${entry.size}`);
  // Deflate has no checksum of its own: a damaged byte can inflate to a changed value. The zip's crc catches it.
  if ((codec.crc32 ? codec.crc32(out) : crc32(out)) !== entry.crc) throw new ZipError(`entry ${entry.name} fails its checksum`);
  return out;
}

/** The local record of a kept entry: header, data and data descriptor, as they stood. */
function localRecord(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const start = dataStart(zip.bytes, entry);
  let end = start + entry.compressedSize;
  if (entry.flags & 8) {
    const v = view(zip.bytes);
    // Crc and two 4-byte sizes, with or without a signature: an entry with ZIP64 fields is written by classicRecords.
    end += end + 4 <= zip.bytes.length && v.getUint32(end, true) === DESCRIPTOR ? 16 : 12;
  }
  return zip.bytes.subarray(entry.localOffset, end);
}

let crcTable: Uint32Array | null = null;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Turns the backslashes of a name field (bytes [at, at + length) of a record copy) into slashes; whether it had any.
 * Only an ASCII or UTF-8 name (flag bit 11, or no byte above 0x7F): a backslash byte cannot sit inside a UTF-8
 * character, but it can inside a Shift_JIS one.
 */
function slashed(record: Uint8Array, at: number, length: number, flags: number): boolean {
  const utf8 = (flags & 0x0800) !== 0;
  let any = false;
  for (let i = at; i < at + length; i++) {
    if (record[i] > 0x7f && !utf8) return false;
    if (record[i] === 0x5c) any = true;
  }
  if (!any) return false;
  for (let i = at; i < at + length; i++) if (record[i] === 0x5c) record[i] = 0x2f;
  return true;
}

/** A kept entry's local record (header, data, descriptor) and a copy of its central record, as they stood. */
function copiedRecords(zip: ZipArchive, entry: ZipEntry): { local: Uint8Array; central: Uint8Array } {
  // A copy: `slice` of a Node Buffer is a view, and the offset written next would land in the source's bytes.
  return { local: localRecord(zip, entry), central: new Uint8Array(entry.central) };
}

/** The extra fields in [from, to) of `record` but the ZIP64 one. */
function withoutZip64(record: Uint8Array, from: number, to: number): Uint8Array {
  const v = view(record);
  const kept: Uint8Array[] = [];
  for (let p = from; p + 4 <= to;) {
    const end = Math.min(to, p + 4 + v.getUint16(p + 2, true));
    if (v.getUint16(p, true) !== ZIP64_EXTRA) kept.push(record.subarray(p, end));
    p = end;
  }
  return concatBytes(kept);
}

/** The byte arrays one after another, in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const part of parts) size += part.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A kept ZIP64 entry as classic records: the same name, data and other extra fields, its crc and sizes in the
 * headers and no descriptor. A workbook never needs 64-bit sizes, and LibreOffice 7.4 and WPS cannot open a
 * package that uses them, so the copy opens in more applications than its source did.
 */
function classicRecords(zip: ZipArchive, entry: ZipEntry): { local: Uint8Array; central: Uint8Array } {
  const src = zip.bytes;
  const sv = view(src);
  const at = entry.localOffset;
  const nameLen = sv.getUint16(at + 26, true);
  const start = dataStart(src, entry);
  const localExtras = withoutZip64(src, at + 30 + nameLen, start);
  const local = new Uint8Array(30 + nameLen + localExtras.length + entry.compressedSize);
  local.set(src.subarray(at, at + 30 + nameLen), 0);
  local.set(localExtras, 30 + nameLen);
  local.set(src.subarray(start, start + entry.compressedSize), 30 + nameLen + localExtras.length);
  const lv = view(local);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, entry.flags & ~8, true);
  lv.setUint32(14, entry.crc, true);
  lv.setUint32(18, entry.compressedSize, true);
  lv.setUint32(22, entry.size, true);
  lv.setUint16(28, localExtras.length, true);

  const c = entry.central;
  const cNameLen = view(c).getUint16(28, true);
  const cExtraLen = view(c).getUint16(30, true);
  const centralExtras = withoutZip64(c, 46 + cNameLen, 46 + cNameLen + cExtraLen);
  const comment = c.subarray(46 + cNameLen + cExtraLen);
  const central = new Uint8Array(46 + cNameLen + centralExtras.length + comment.length);
  central.set(c.subarray(0, 46 + cNameLen), 0);
  central.set(centralExtras, 46 + cNameLen);
  central.set(comment, 46 + cNameLen + centralExtras.length);
  const cv = view(central);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, entry.flags & ~8, true);
  cv.setUint32(20, entry.compressedSize, true);
  cv.setUint32(24, entry.size, true);
  cv.setUint16(30, centralExtras.length, true);
  return { local, central };
}

/** What goes into a written zip: an entry of the source copied as it stood, or a part with new bytes. */
export type ZipOutput = { kind: "copy"; entry: ZipEntry } | { kind: "new"; name: string; data: Uint8Array };

const encoder = new TextEncoder();
/** 1980-01-01 00:00 in DOS time: a fixed stamp, so the same input always gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(source: ZipArchive | null, outputs: ZipOutput[], codec: Codec): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const out of outputs) {
    if (out.kind === "copy") {
      if (!source) throw new ZipError("no source to copy from");
      const { local, central } = out.entry.zip64 ? classicRecords(source, out.entry) : copiedRecords(source, out.entry);
      view(central).setUint32(42, offset, true);
      if (slashed(central, 46, view(central).getUint16(28, true), view(central).getUint16(8, true))) {
        // Named with backslashes: the copy is named with slashes, as the zip format asks (same length, same data).
        const head = local.slice(0, 30 + view(local).getUint16(26, true));
        slashed(head, 30, head.length - 30, view(head).getUint16(6, true));
        chunks.push(head, local.subarray(head.length));
      } else chunks.push(local);
      centrals.push(central);
      offset += local.length;
      continue;
    }
    const name = encoder.encode(out.name);
    const deflated = codec.deflateRaw(out.data);
    // Tiny parts do not shrink: store them.
    const stored = deflated.length >= out.data.length;
    const data = stored ? out.data : deflated;
    const crc = codec.crc32 ? codec.crc32(out.data) : crc32(out.data);
    const local = new Uint8Array(30 + name.length);
    const lv = view(local);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, stored ? 0 : 8, true);
    lv.setUint16(10, 0, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, out.data.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = view(central);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, stored ? 0 : 8, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, out.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    chunks.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const dirStart = offset;
  let dirSize = 0;
  for (const c of centrals) dirSize += c.length;
  // Past these the end record would need ZIP64: no workbook comes near them (a 14,000-sheet plan is 45 MB, 30,000 parts).
  if (centrals.length >= OVERFLOW16 || dirStart + dirSize >= OVERFLOW32) throw new ZipError("package too large to write");
  const end = new Uint8Array(22);
  const ev = view(end);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, dirStart, true);
  return concatBytes([...chunks, ...centrals, end]);
}
