/**
 * fflate's raw deflate: the codec of the browser preview and the task pane (a browser has no node:zlib). Kept out
 * of the package layer's index so the command line, which passes node:zlib's, never loads it.
 */
import { deflateSync, inflateSync } from "fflate";
import type { Codec } from "./codec";

export const fflateCodec: Codec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data) => deflateSync(data, { level: 6 }),
};
