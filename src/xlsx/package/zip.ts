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
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

const decoder = new TextDecoder("utf-8");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Lists a zip's entries from its central directory; throws ZipError when there is no readable directory. */
export function readZip(bytes: Uint8Array): ZipArchive {
  const v = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipError("no end of central directory");
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL) throw new ZipError("central directory cut off");
    const nameLen = v.getUint16(p + 28, true);
    const recordLen = 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    if (p + recordLen > bytes.length) throw new ZipError("central directory cut off");
    const entry: ZipEntry = {
      // Some writers separate folders with backslashes (against the zip format; Excel opens such files): read as slashes.
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/"),
      flags: v.getUint16(p + 8, true),
      method: v.getUint16(p + 10, true),
      crc: v.getUint32(p + 16, true),
      compressedSize: v.getUint32(p + 20, true),
      size: v.getUint32(p + 24, true),
      localOffset: v.getUint32(p + 42, true),
      central: bytes.subarray(p, p + recordLen),
    };
    if (entry.localOffset + 30 > bytes.length || v.getUint32(entry.localOffset, true) !== LOCAL)
      throw new ZipError(`entry ${entry.name} has no local header`);
    entries.push(entry);
    // Part names are case-insensitive in OPC; the first spelling wins.
    const key = entry.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, entry);
    p += recordLen;
  }
  return { bytes, entries, byName };
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
  return out;
}

/** The local record of a kept entry: header, data and data descriptor, as they stood. */
function localRecord(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const start = dataStart(zip.bytes, entry);
  let end = start + entry.compressedSize;
  if (entry.flags & 8) {
    const v = view(zip.bytes);
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
      const local = localRecord(source, out.entry);
      // A copy: `slice` of a Node Buffer is a view, and the offset written next would land in the source's bytes.
      const central = new Uint8Array(out.entry.central);
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
  const end = new Uint8Array(22);
  const ev = view(end);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, dirSize, true);
  ev.setUint32(16, dirStart, true);
  const total = new Uint8Array(offset + dirSize + 22);
  let p = 0;
  for (const c of chunks) {
    total.set(c, p);
    p += c.length;
  }
  for (const c of centrals) {
    total.set(c, p);
    p += c.length;
  }
  total.set(end, p);
  return total;
}
