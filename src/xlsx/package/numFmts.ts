/**
 * Built-in number formats by id (those a file names without writing them out). Ids 27–36 and 50–58 are
 * locale-dependent; they are given as Japanese Excel shows them (和暦 dates), since that is where the
 * workbooks come from, so they read as dates.
 */
export const BUILTIN_NUM_FMTS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: "[$-411]ge.m.d",
  28: '[$-411]ggge"年"m"月"d"日"',
  29: '[$-411]ggge"年"m"月"d"日"',
  30: "m/d/yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  34: 'yyyy"年"m"月"',
  35: 'm"月"d"日"',
  36: "[$-411]ge.m.d",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: "[$-411]ge.m.d",
  51: 'yyyy"年"m"月"',
  52: 'm"月"d"日"',
  53: 'yyyy"年"m"月"',
  54: 'm"月"d"日"',
  55: 'yyyy"年"m"月"',
  56: 'm"月"d"日"',
  57: "[$-411]ge.m.d",
  58: '[$-411]ggge"年"m"月"d"日"',
};

/** Whether a format shows a date or time (its codes outside quotes, escapes and [..] sections). */
export function isDateFormat(fmt: string): boolean {
  const code = fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhsge]/i.test(code.replace(/General/gi, "").replace(/E[+-]/g, ""));
}
