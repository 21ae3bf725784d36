/** node:zlib's raw deflate for the package layer: the command line's codec (the browser uses fflate). */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Codec } from "../xlsx/package/codec";

export const zlibCodec: Codec = {
  inflateRaw: (data, size) => {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  deflateRaw: (data) => {
    const out = deflateRawSync(data, { level: 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};
