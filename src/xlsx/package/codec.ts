/**
 * Raw deflate for the zip container. fflate works everywhere (the browser preview has no node:zlib);
 * the command line passes node:zlib's, which is several times faster on large packages.
 */
import { deflateSync, inflateSync } from "fflate";

export interface Codec {
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  /** A native CRC-32 where the host has one (the zip layer's own is used otherwise). */
  crc32?(data: Uint8Array): number;
}

export const fflateCodec: Codec = {
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflateRaw: (data) => deflateSync(data, { level: 6 }),
};
