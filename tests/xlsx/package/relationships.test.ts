/**
 * Relationship targets resolve to part names as the Open Packaging Conventions read them: relative to the
 * source part's folder or absolute from the package root, `.` and `..` segments applied, a fragment dropped,
 * %-escapes decoded (the examples pin that reading). The plain targets almost every relationship has take a
 * shortcut; a property test holds the shortcut to the segment-by-segment reading for any target.
 */
import fc from "fast-check";
import { relativeTarget, resolveBySegments, resolveTarget } from "../../../src/xlsx/package/relationships";

test.each([
  ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
  ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
  ["xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
  ["xl/workbook.xml", "./styles.xml", "xl/styles.xml"],
  ["xl/workbook.xml", "worksheets/%E6%96%BD%E7%AD%96.xml", "xl/worksheets/施策.xml"],
  ["xl/workbook.xml", "sheet.xml#frag", "xl/sheet.xml"],
  ["", "xl/workbook.xml", "xl/workbook.xml"],
  ["xl/workbook.xml", "", "xl"],
])("%s → %s is %s", (source, target, part) => {
  expect(resolveTarget(source, target)).toBe(part);
});

test("any target resolves as the segment-by-segment reading does", () => {
  const seg = fc.stringMatching(/^[a-z0-9_.%#\-\\]{0,6}$/);
  const path = fc.array(fc.oneof(seg, fc.constantFrom(".", "..", "", "%E6%96%BD", "%zz")), { maxLength: 5 }).map((s) => s.join("/"));
  const source = fc.constantFrom("", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "a/b/c/d.xml");
  fc.assert(
    fc.property(source, fc.boolean(), path, (s, absolute, p) => {
      const target = (absolute ? "/" : "") + p;
      expect(resolveTarget(s, target)).toBe(resolveBySegments(s, target));
    }),
    { numRuns: 3000 },
  );
});

test("relativeTarget is resolveTarget's inverse", () => {
  for (const [source, part] of [
    ["xl/workbook.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml"],
    ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"],
  ])
    expect(resolveTarget(source, relativeTarget(source, part))).toBe(part);
});
