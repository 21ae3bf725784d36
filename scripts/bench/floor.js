// The floor for reading a workbook: a node process that lists the zip's central directory, inflates only
// the parts a check needs (workbook, its relationships, shared strings, styles, every worksheet) with
// node:zlib and scans their XML for cells, building nothing. No reader can do less.
// With --keep-texts it also keeps a copy of every value's text (`<v>`, `<t>`), cut loose from its part as a
// reader must (a cut-out would keep the part's whole text alive): the least a reader that hands the engine
// its values holds, and what holding them costs the garbage collector.
// node scripts/bench/floor.js FILE [--keep-texts]
const { readFileSync } = require("node:fs");
const { inflateRawSync } = require("node:zlib");

const bytes = readFileSync(process.argv[2]);
const keepTexts = process.argv.includes("--keep-texts");
const kept = [];
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
let eocd = bytes.length - 22;
while (eocd > 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
const count = view.getUint16(eocd + 10, true);
let p = view.getUint32(eocd + 16, true);
let cells = 0;
const wanted = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;
for (let i = 0; i < count; i++) {
  const nameLen = view.getUint16(p + 28, true);
  const name = bytes.toString("utf8", p + 46, p + 46 + nameLen);
  const method = view.getUint16(p + 10, true);
  const size = view.getUint32(p + 20, true);
  const local = view.getUint32(p + 42, true);
  if (wanted.test(name)) {
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    const xml = (method === 8 ? inflateRawSync(raw) : raw).toString("utf8");
    const re = /<c[\s>]/g;
    while (re.exec(xml)) cells++;
    if (keepTexts) {
      const text = /<[vt](?:\s[^>]*)?>([^<]+)</g;
      for (let m = text.exec(xml); m !== null; m = text.exec(xml)) kept.push((" " + m[1]).slice(1));
    }
  }
  p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
}
if (cells === 0 || (keepTexts && kept.length === 0)) process.exitCode = 1;
