/** Errors map to the pane's catalogue text. (Keys themselves are checked by the compiler: tests/core/catalogues.test.ts checks the texts.) */
import { describeError } from "../../src/taskpane/errors";

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
