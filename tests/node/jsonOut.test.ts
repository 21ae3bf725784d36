/** The report's JSON handed out in pieces is the very text JSON.stringify(value, null, 2) gives. */
import fc from "fast-check";
import { writeJson } from "../../src/node/jsonOut";

function written(value: unknown): string {
  const parts: string[] = [];
  writeJson(value, (lines) => parts.push(lines));
  return parts.join("\n");
}

test("any JSON value, nested or not, comes out as JSON.stringify writes it", () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      expect(written(v)).toBe(JSON.stringify(v, null, 2));
    }),
    { numRuns: 300 },
  );
});

test("undefined members are left out and undefined items are null, as JSON.stringify does; a Date is its toJSON", () => {
  const v = {
    a: undefined,
    b: [undefined, 1, () => 2],
    c: { d: new Date(Date.UTC(2026, 0, 2)), e: { f: [], g: {} } },
    s: '改行\nと"引用"',
  };
  expect(written(v)).toBe(JSON.stringify(v, null, 2));
});

test("a large report is handed out in several calls, each of whole lines", () => {
  const report = {
    findings: Array.from({ length: 20_000 }, (_, i) => ({
      rule: "status-unknown",
      cell: `E${i}`,
      messages: { ja: "施策".repeat(20), en: "x" },
    })),
  };
  const parts: string[] = [];
  writeJson(report, (lines) => parts.push(lines));
  expect(parts.length).toBeGreaterThan(3);
  expect(parts.join("\n")).toBe(JSON.stringify(report, null, 2));
  for (const p of parts) expect(p.startsWith(" ") || p.startsWith("{") || p.startsWith("}")).toBe(true);
  // Each call's text stays well under V8's large-object size (128 KB), so it dies young.
  expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(40_000);
});
