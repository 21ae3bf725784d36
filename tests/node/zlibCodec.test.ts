/** The command line's codec: node:zlib's deflate and CRC-32 give what the zip layer's own code gives. */
import fc from "fast-check";
import { zlibCodec } from "../../src/node/zlibCodec";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";
import { crc32 } from "../../src/xlsx/package/zip";

test("the native CRC-32 (where node has one) equals the zip layer's", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
      expect((zlibCodec.crc32 ?? crc32)(data)).toBe(crc32(data));
    }),
  );
  expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
});

test("what one codec deflates the other inflates", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 3000 }), (text) => {
      const data = new TextEncoder().encode(text);
      expect(fflateCodec.inflateRaw(zlibCodec.deflateRaw(data), data.length)).toEqual(data);
      expect(zlibCodec.inflateRaw(fflateCodec.deflateRaw(data), data.length)).toEqual(data);
    }),
    { numRuns: 200 },
  );
});
