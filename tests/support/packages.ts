/**
 * Workbook packages for the package layer's tests: a transitional workbook as other writers would have saved it
 * (in Strict OOXML, zipped with backslashes or with ZIP64 records), and what differs between two packages, part by part.
 */
import { deflateRawSync } from "node:zlib";
import { XlsxPackage } from "../../src/xlsx/package";
import { crc32 } from "../../src/xlsx/package/zip";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";
import { makeZip } from "../xlsx/support/zip";

/** ISO/IEC 29500-1 §A: each transitional namespace and its strict counterpart (written out here, not imported). */
const STRICT: [string, string][] = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  ["http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"],
  ["http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing"],
];

/** The workbook as Excel saves it in Strict: every part's namespaces and relationship types in their strict form. */
export function strictCopy(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  for (const name of pkg.partNames()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text = pkg.text(name);
    for (const [t, s] of STRICT) text = text.split(t).join(s);
    if (name === "xl/workbook.xml") text = text.replace("<workbook ", '<workbook conformance="strict" ');
    pkg.setText(name, text);
  }
  return pkg.toBytes();
}

/** The workbook zipped with backslashes between folders, as some .NET writers do (Excel opens it; LibreOffice cannot). */
export function backslashedCopy(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  const files: Record<string, string> = {};
  for (const n of pkg.partNames()) files[n.replace(/\//g, "\\")] = pkg.text(n);
  return makeZip(files);
}

/**
 * The workbook zipped with ZIP64 records throughout, as writers that always use them do (Apache POI's
 * Zip64Mode.Always, libxlsxwriter's use_zip64, streaming zip libraries): every 32-bit size and offset says
 * 0xFFFFFFFF and the real one is in the ZIP64 extra field, and the classic end record points to the ZIP64 one.
 * `streamed`: each part's crc and sizes follow its data in a descriptor with 8-byte sizes, as a stream writes them.
 */
export function zip64Copy(bytes: Uint8Array, { streamed = false } = {}): Uint8Array {
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const u64 = (b: Buffer, n: number, at: number) => b.writeBigUInt64LE(BigInt(n), at);
  for (const name of pkg.partNames()) {
    const data = Buffer.from(pkg.bytes(name));
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30 + nameBytes.length + 20);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x0800 | (streamed ? 8 : 0), 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(streamed ? 0 : crc, 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(20, 28);
    nameBytes.copy(local, 30);
    const lx = 30 + nameBytes.length;
    local.writeUInt16LE(1, lx);
    local.writeUInt16LE(16, lx + 2);
    u64(local, streamed ? 0 : data.length, lx + 4);
    u64(local, streamed ? 0 : packed.length, lx + 12);
    const descriptor = Buffer.alloc(streamed ? 24 : 0);
    if (streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      u64(descriptor, packed.length, 8);
      u64(descriptor, data.length, 16);
    }
    const central = Buffer.alloc(46 + nameBytes.length + 28);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0x0800 | (streamed ? 8 : 0), 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(28, 30);
    central.writeUInt32LE(0xffffffff, 42);
    nameBytes.copy(central, 46);
    const cx = 46 + nameBytes.length;
    central.writeUInt16LE(1, cx);
    central.writeUInt16LE(24, cx + 2);
    u64(central, data.length, cx + 4);
    u64(central, packed.length, cx + 12);
    u64(central, offset, cx + 20);
    chunks.push(local, packed, descriptor);
    centrals.push(central);
    offset += local.length + packed.length + descriptor.length;
  }
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  u64(end64, 44, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  u64(end64, centrals.length, 24);
  u64(end64, centrals.length, 32);
  u64(end64, dirSize, 40);
  u64(end64, offset, 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  u64(locator, offset + dirSize, 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...centrals, end64, locator, end]));
}

/** Parts whose bytes differ, and parts present on one side only. */
export function diffParts(a: XlsxPackage, b: XlsxPackage): { changed: string[]; gone: string[]; added: string[] } {
  const an = new Set(a.partNames());
  const bn = new Set(b.partNames());
  const changed: string[] = [];
  for (const n of an) if (bn.has(n) && Buffer.compare(Buffer.from(a.bytes(n)), Buffer.from(b.bytes(n))) !== 0) changed.push(n);
  return { changed, gone: [...an].filter((n) => !bn.has(n)), added: [...bn].filter((n) => !an.has(n)) };
}
