/** node:zlib's raw deflate for the package layer: the command line's codec (the browser uses fflate). */
import * as zlib from "node:zlib";
import type { Codec } from "../xlsx/package/codec";

/** zlib.crc32 is in node 20.15 and later: several times the speed of the zip layer's table in JavaScript. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export const zlibCodec: Codec = {
  inflateRaw: (data, size) => {
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  deflateRaw: (data) => {
    const out = zlib.deflateRawSync(data, { level: 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  crc32: nativeCrc32 && ((data) => nativeCrc32(data)),
};
