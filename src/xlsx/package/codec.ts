/**
 * Raw deflate for the zip container, given by each host: fflate's in the browser (`fflateCodec.ts`, a browser
 * has no node:zlib), node:zlib's on the command line (several times faster on large packages).
 */

export interface Codec {
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  deflateRaw(data: Uint8Array): Uint8Array;
  /** A native CRC-32 where the host has one (the zip layer's own is used otherwise). */
  crc32?(data: Uint8Array): number;
}
