/** Every key the task pane and the preview ask for exists in both languages; errors map to catalogue text. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { catalogue } from "../../src/core/messages";
import { taskpaneMessages } from "../../src/core/messages/taskpane";
import { describeError } from "../../src/taskpane/errors";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

const ROOT = join(__dirname, "..", "..", "src");
const files = [...sources(join(ROOT, "taskpane")), ...sources(join(ROOT, "preview"))];

describe("catalogue coverage", () => {
  test("every literal key passed to t() exists", () => {
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)) if (!(m[1] in catalogue)) missing.push(`${f}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  test("every key built from a known set exists", () => {
    const families: Record<string, readonly string[]> = {
      "taskpane.tab.": ["overview", "validate", "fill", "summary", "newSheet", "export", "settings"],
      "taskpane.overview.": ["measures", "errors", "warnings", "infos", "delayed", "delayedNow"],
      "taskpane.fill.skipped.": ["changed", "protected", "missing", "formula"],
      "taskpane.newSheet.": ["number", "name", "department", "activityTarget", "planTitle"],
      "taskpane.settings.language.": ["auto", "ja", "en"],
      "taskpane.settings.rounding.": ["any", "halfUp", "floor", "ceil"],
      "taskpane.settings.tabName.": ["overview", "delayed", "byDepartment", "byYear", "findings"],
      "tab.": ["overview", "delayed", "byDepartment", "byYear", "findings"],
      "severity.": ["error", "warning", "info"],
    };
    const missing = Object.entries(families).flatMap(([prefix, ids]) => ids.map((id) => prefix + id).filter((k) => !(k in catalogue)));
    expect(missing).toEqual([]);
  });

  test("both languages are filled and use the same placeholders", () => {
    for (const [key, m] of Object.entries(taskpaneMessages)) {
      expect(m.ja.trim()).not.toBe("");
      expect(m.en.trim()).not.toBe("");
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect([key, ph(m.en)]).toEqual([key, ph(m.ja)]);
    }
  });
});

describe("describeError", () => {
  test("Office error codes map to their own text, keeping the code", () => {
    expect(describeError({ code: "AccessDenied", message: "localised", stack: "…" })).toEqual({
      key: "taskpane.error.accessDenied",
      code: "AccessDenied",
    });
    expect(describeError({ code: "InvalidOperationInCellEditMode" }).key).toBe("taskpane.error.cellEditMode");
    expect(describeError({ code: "RequestPayloadSizeLimitExceeded" }).key).toBe("taskpane.error.payloadTooLarge");
  });

  test("a gateway error may name its own catalogue key; an unknown key is not trusted", () => {
    expect(describeError({ code: "X", messageKey: "taskpane.error.timeout" }).key).toBe("taskpane.error.timeout");
    expect(describeError({ messageKey: "no.such.key" }).key).toBe("taskpane.error.unexpected");
  });

  test("a GatewayError-like object brings its key, its params and the host's own code", () => {
    const e = Object.assign(new Error("in English"), {
      code: "Unknown",
      hostCode: "Conflict",
      messageKey: "taskpane.fill.skipped.protected",
      params: { cell: "A!B2", nested: { no: 1 } },
    });
    expect(describeError(e)).toEqual({ key: "taskpane.fill.skipped.protected", params: { cell: "A!B2" }, code: "Conflict" });
  });

  test("anything else is the generic text; odd codes are not echoed", () => {
    expect(describeError(new TypeError("x is undefined"))).toEqual({ key: "taskpane.error.unexpected", code: undefined });
    expect(describeError("boom")).toEqual({ key: "taskpane.error.unexpected", code: undefined });
    expect(describeError({ code: "<img src=x>" }).code).toBeUndefined();
  });
});
