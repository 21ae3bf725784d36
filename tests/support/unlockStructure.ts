/**
 * A copy of a workbook with its structure unlocked, as a person unlocks it (Review → Protect Workbook) before
 * running summary or compare, which refuse a locked one as Excel does. An unlocked workbook is returned as it is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { XlsxPackage } from "../../src/xlsx/package";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";

export function unlockedCopy(input: string, dir: string): string {
  const pkg = XlsxPackage.open(readFileSync(input), fflateCodec);
  if (!pkg.workbook.structureLocked) return input;
  const part = pkg.partName("xl/workbook.xml");
  pkg.setText(part, pkg.text(part).replace(/lockStructure="(1|true)"/, 'lockStructure="0"'));
  const path = join(dir, `unlocked-${basename(input)}`);
  writeFileSync(path, pkg.toBytes());
  return path;
}
