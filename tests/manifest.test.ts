/**
 * The add-in manifest, checked offline (`office-addin-manifest validate` needs Microsoft's web service):
 * well-formed XML, a GUID id, exactly the permission we need, the ribbon button, and every file it names
 * exists in assets/ and is a page or file the production build emits.
 */
import fs from "fs";
import path from "path";
import { MINIMUM_EXCEL_API } from "../src/excel/requirements";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000/";

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  return raw.replace(/&([^;\s]*);?/g, (m, body: string) => {
    if (!m.endsWith(";")) throw new Error(`bare & at ${where}`);
    if (body in ENTITIES) return ENTITIES[body];
    if (/^#\d+$/.test(body)) return String.fromCodePoint(Number(body.slice(1)));
    if (/^#x[0-9a-fA-F]+$/.test(body)) return String.fromCodePoint(parseInt(body.slice(2), 16));
    throw new Error(`unknown entity &${body}; at ${where}`);
  });
}

/** A small strict XML parser: balanced tags, quoted unique attributes, known entities, one root. */
function parseXml(source: string): XmlElement {
  const src = source.replace(/^\uFEFF/, "");
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const NAME = /[A-Za-z_][\w.:-]*/y;
  const until = (end: string, from: number) => {
    const j = src.indexOf(end, from);
    if (j < 0) throw new Error(`unterminated construct at ${from}`);
    return j;
  };
  while (i < src.length) {
    if (src.startsWith("<!--", i)) {
      i = until("-->", i + 4) + 3;
    } else if (src.startsWith("<?", i)) {
      if (i > 0 && src.slice(i + 2, i + 5).toLowerCase() === "xml" && stack.length === 0 && root === null && src.slice(0, i).trim() !== "")
        throw new Error("XML declaration not at the start");
      i = until("?>", i + 2) + 2;
    } else if (src.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) throw new Error("CDATA outside the root");
      const j = until("]]>", i + 9);
      stack[stack.length - 1].text += src.slice(i + 9, j);
      i = j + 3;
    } else if (src.startsWith("<!", i)) {
      throw new Error(`unexpected declaration at ${i}`);
    } else if (src.startsWith("</", i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      if (!m) throw new Error(`bad closing tag at ${i}`);
      const j = until(">", NAME.lastIndex);
      if (src.slice(NAME.lastIndex, j).trim() !== "") throw new Error(`junk in closing tag at ${i}`);
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new Error(`</${m[0]}> does not close <${open?.name}> at ${i}`);
      i = j + 1;
    } else if (src[i] === "<") {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) throw new Error(`bad tag at ${i}`);
      if (stack.length === 0 && root !== null) throw new Error("a second root element");
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: "" };
      let k = NAME.lastIndex;
      const ATTR = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
      for (;;) {
        ATTR.lastIndex = k;
        const a = ATTR.exec(src);
        if (!a) break;
        if (a[1] in el.attrs) throw new Error(`duplicate attribute ${a[1]} at ${k}`);
        el.attrs[a[1]] = decode(a[2] ?? a[3], k);
        k = ATTR.lastIndex;
      }
      const close = /\s*(\/?)>/y;
      close.lastIndex = k;
      const c = close.exec(src);
      if (!c) throw new Error(`malformed tag <${el.name}> at ${i}`);
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else root = el;
      if (c[1] !== "/") stack.push(el);
      i = close.lastIndex;
    } else {
      const j = src.indexOf("<", i);
      const end = j < 0 ? src.length : j;
      const text = src.slice(i, end);
      if (stack.length === 0) {
        if (text.trim() !== "") throw new Error(`text outside the root at ${i}`);
      } else stack[stack.length - 1].text += decode(text, i);
      i = end;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const kids = (el: XmlElement, name: string) => el.children.filter((c) => local(c.name) === name);
const kid = (el: XmlElement, name: string) => {
  const found = kids(el, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${el.name}>, found ${found.length}`);
  return found[0];
};
function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (local(c.name) === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}
function everyString(el: XmlElement): string[] {
  return [...Object.values(el.attrs), el.text, ...el.children.flatMap(everyString)];
}

const xml = fs.readFileSync(MANIFEST, "utf8");
const manifest = parseXml(xml);
const resources = kid(kid(manifest, "VersionOverrides"), "Resources");
function resource(id: string): XmlElement {
  const all = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((group) =>
    kids(kid(resources, group), group === "Images" ? "Image" : group === "Urls" ? "Url" : "String"),
  );
  const found = all.filter((r) => r.attrs.id === id);
  if (found.length !== 1) throw new Error(`resource ${id}: ${found.length} definitions`);
  return found[0];
}
const overrideOf = (el: XmlElement, locale: string) =>
  el.children.find((c) => local(c.name) === "Override" && c.attrs.Locale === locale)?.attrs.Value;

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("the XML parser used here is strict", () => {
  test.each([
    ["<a><b></a>", "mismatched tags"],
    ["<a x=1/>", "unquoted attribute"],
    ['<a x="1" x="2"/>', "duplicate attribute"],
    ["<a>&nbsp;</a>", "unknown entity"],
    ["<a>R&D</a>", "bare ampersand"],
    ["<a/><b/>", "two roots"],
    ["<a>", "unclosed"],
  ])("%s is refused (%s)", (bad) => {
    expect(() => parseXml(bad)).toThrow();
  });
  test("a good document parses", () => {
    expect(parseXml('<?xml version="1.0"?><!-- c --><a k="&amp;">x<b/><![CDATA[<y>]]></a>')).toEqual({
      name: "a",
      attrs: { k: "&" },
      children: [{ name: "b", attrs: {}, children: [], text: "" }],
      text: "x<y>",
    });
  });
});

describe("manifest.xml", () => {
  test("is a task-pane add-in for Excel workbooks", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(kids(kid(manifest, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
  });

  test("its id is a GUID", () => {
    expect(kid(manifest, "Id").text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(kids(manifest, "Permissions").map((p) => p.text.trim())).toEqual(["ReadWriteDocument"]);
  });

  test("Japanese by default, English overrides for the name and description", () => {
    expect(kid(manifest, "DefaultLocale").text.trim()).toBe("ja-JP");
    for (const field of ["DisplayName", "Description"]) {
      const el = kid(manifest, field);
      expect(el.attrs.DefaultValue).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(overrideOf(el, "en-US")).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  test("asks for the ExcelApi set the gateway is tested at as its floor, and no other set", () => {
    const sets = descendants(kid(manifest, "Requirements"), "Set");
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", MINIMUM_EXCEL_API]]);
  });

  test("no requirement sets inside VersionOverrides (a miss there hides every button)", () => {
    expect(descendants(kid(manifest, "VersionOverrides"), "Requirements")).toEqual([]);
  });

  test("a button in a 進捗管理 / Shinchoku group on the Home tab opens the task pane", () => {
    const tab = descendants(manifest, "OfficeTab");
    expect(tab.map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const group = kid(tab[0], "Group");
    const label = resource(kid(group, "Label").attrs.resid);
    expect(label.attrs.DefaultValue).toBe("進捗管理");
    expect(overrideOf(label, "en-US")).toBe("Shinchoku");
    const button = kid(group, "Control");
    expect(button.attrs["xsi:type"]).toBe("Button");
    const action = kid(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(resource(kid(action, "SourceLocation").attrs.resid).attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(kid(kid(manifest, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("every resid names a resource defined exactly once", () => {
    const refs: string[] = [];
    const walk = (el: XmlElement) => {
      if (el.attrs.resid) refs.push(el.attrs.resid);
      el.children.forEach(walk);
    };
    walk(kid(manifest, "VersionOverrides"));
    expect(refs.length).toBeGreaterThan(5);
    for (const id of refs) expect(() => resource(id)).not.toThrow();
  });

  test("icons 16/32/64/80 exist in assets/ at their stated sizes", () => {
    const images = kids(kid(resources, "Images"), "Image");
    for (const img of images) {
      const size = Number(/icon-(\d+)\.png$/.exec(img.attrs.DefaultValue)?.[1]);
      expect(img.attrs.id).toBe(`Icon.${size}x${size}`);
    }
    const named = everyString(manifest).filter((s) => /\.png$/.test(s));
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const url of named) {
      expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_ORIGIN.length));
      expect(fs.existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(pngSize(file)).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, `assets/icon-${size}.png`))).toBe(true);
  });

  test("every localhost URL is a page or file the production build emits", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
      PAGES: { filename: string; template: string }[];
      DEV_URL: string;
    };
    expect(webpackConfig.DEV_URL).toBe(DEV_ORIGIN);
    const pages = new Set(webpackConfig.PAGES.map((p) => p.filename));
    const urls = everyString(manifest).filter((s) => s.startsWith("https://localhost"));
    expect(urls.length).toBeGreaterThan(0);
    const dist = path.join(ROOT, "dist", "addin");
    const built = fs.existsSync(path.join(dist, "taskpane.html"));
    for (const url of urls) {
      expect(url.startsWith(DEV_ORIGIN)).toBe(true);
      const rel = url.slice(DEV_ORIGIN.length);
      if (rel.endsWith(".html")) expect(pages).toContain(rel);
      else expect(rel).toMatch(/^assets\/[\w.-]+\.png$/);
      // When a production build is there, check the file itself.
      if (built) expect(fs.existsSync(path.join(dist, rel))).toBe(true);
    }
    for (const p of webpackConfig.PAGES) expect(fs.existsSync(path.join(ROOT, p.template))).toBe(true);
  });
});
