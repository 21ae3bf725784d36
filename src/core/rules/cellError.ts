import { defineRule, type RuleHit } from "./types";
import { formCells } from "./formCells";
import { isWhiteSpace } from "../text/normalize";

const ERROR_VALUE = /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** An error value starts with # once white space is trimmed: most cells are ruled out by their first character. */
function mayBeError(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 35 /* # */ || (isWhiteSpace(c) && raw.trimStart().startsWith("#"));
}

/** A form cell showing an Excel error value: the text behind it is lost, so nothing can be checked there. */
export const cellError = defineRule({
  id: "cell-error",
  severity: "error",
  example: "#REF!",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      for (const f of formCells(m.sheet))
        if (typeof f.raw === "string" && mayBeError(f.raw) && ERROR_VALUE.test(f.raw.trim()))
          hits.push({ sheet: m.sheet.sheet, cell: f.cell, params: { value: f.raw.trim() } });
    return hits;
  },
});
