/**
 * The characters a match of a regular expression can start with, read from its source: a text that holds
 * none of them cannot match, so a caller may skip running the pattern (the status classifier runs ninety-odd
 * patterns over every 進捗総括). Conservative: anything this reader does not follow exactly (a negated
 * class, `.`, `\s`, `\w`, a back-reference, a pattern that can match the empty string) gives null, "may
 * start anywhere". Look-arounds and anchors consume nothing, so they are passed over.
 */

/** Past this many start characters a set saves little: null. */
const MAX_SET = 256;

type Chars = Set<number> | null;

interface Parsed {
  first: Chars;
  /** Whether the part can match the empty string. */
  nullable: boolean;
}

class Unsupported extends Error {}

function union(a: Chars, b: Chars): Chars {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out.size > MAX_SET ? null : out;
}

/** A character this reader does not list: the match may start with anything. */
const ANY: Parsed = { first: null, nullable: false };

const DIGITS = new Set(Array.from({ length: 10 }, (_, i) => 48 + i));

/** A single-character escape (after the backslash) as its character; a class escape or an assertion throws. */
function escapeChar(e: string): number {
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
  if (e in simple) return simple[e];
  if (/[\^$\\.*+?()[\]{}|/-]/.test(e)) return e.charCodeAt(0);
  throw new Unsupported(`\\${e}`);
}

class Reader {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
  ) {}

  parse(): Parsed {
    const p = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported("unbalanced");
    return p;
  }

  private alternation(): Parsed {
    let acc = this.sequence();
    while (this.src[this.i] === "|") {
      this.i++;
      const next = this.sequence();
      acc = { first: union(acc.first, next.first), nullable: acc.nullable || next.nullable };
    }
    return acc;
  }

  private sequence(): Parsed {
    let first: Chars = new Set();
    let nullable = true;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.quantified();
      if (nullable) first = union(first, atom.first);
      nullable = nullable && atom.nullable;
    }
    return { first, nullable };
  }

  private quantified(): Parsed {
    const atom = this.atom();
    const q = this.src[this.i];
    let min = 1;
    if (q === "?" || q === "*") {
      min = 0;
      this.i++;
    } else if (q === "+") this.i++;
    else if (q === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported("brace");
      min = Number(m[1]);
      this.i += m[0].length;
    } else return atom;
    if (this.src[this.i] === "?") this.i++; // lazy
    return { first: atom.first, nullable: atom.nullable || min === 0 };
  }

  private atom(): Parsed {
    const c = this.src[this.i];
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "^" || c === "$") {
      this.i++;
      return { first: new Set(), nullable: true };
    }
    if (c === ".") {
      this.i++;
      return ANY;
    }
    if (c === "\\") {
      const e = this.src[this.i + 1];
      this.i += 2;
      if (e === "b" || e === "B") return { first: new Set(), nullable: true };
      if (e === "d") return { first: new Set(DIGITS), nullable: false };
      if ("DsSwW".includes(e)) return ANY;
      return this.literal(this.escape(e));
    }
    this.i++;
    return this.literal(c.charCodeAt(0));
  }

  private literal(code: number): Parsed {
    const set = new Set([code]);
    if (this.ignoreCase) {
      const ch = String.fromCharCode(code);
      set.add(ch.toLowerCase().charCodeAt(0));
      set.add(ch.toUpperCase().charCodeAt(0));
    }
    return { first: set, nullable: false };
  }

  private group(): Parsed {
    this.i++; // (
    let lookaround = false;
    if (this.src.startsWith("?:", this.i)) this.i += 2;
    else if (this.src.startsWith("?=", this.i) || this.src.startsWith("?!", this.i)) {
      this.i += 2;
      lookaround = true;
    } else if (this.src.startsWith("?<=", this.i) || this.src.startsWith("?<!", this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (this.src[this.i] === "?") throw new Unsupported("group kind");
    const inner = this.alternation();
    if (this.src[this.i] !== ")") throw new Unsupported("unclosed group");
    this.i++;
    return lookaround ? { first: new Set(), nullable: true } : inner;
  }

  /** The character of an escape after its backslash (`\\uXXXX` and `\\xXX` read on). */
  private escape(e: string): number {
    const hex = e === "u" ? 4 : e === "x" ? 2 : 0;
    if (hex > 0) {
      const h = this.src.slice(this.i, this.i + hex);
      if (!new RegExp(`^[0-9A-Fa-f]{${hex}}$`).test(h)) throw new Unsupported(`\\${e}`);
      this.i += hex;
      return parseInt(h, 16);
    }
    return escapeChar(e);
  }

  private charClass(): Parsed {
    this.i++; // [
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const set = new Set<number>();
    let any = false;
    const one = (): number => {
      const c = this.src[this.i];
      if (c === "\\") {
        const e = this.src[this.i + 1];
        this.i += 2;
        if (e === "d") return -1;
        if ("DsSwW".includes(e)) {
          any = true;
          return -2;
        }
        return this.escape(e);
      }
      this.i++;
      return c.charCodeAt(0);
    };
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      const from = one();
      if (from === -1) {
        for (const d of DIGITS) set.add(d);
        continue;
      }
      if (from === -2) continue;
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]") {
        this.i++;
        const to = one();
        if (to < from) throw new Unsupported("range");
        if (to - from > MAX_SET) any = true;
        else for (let k = from; k <= to; k++) set.add(k);
      } else set.add(from);
    }
    if (this.src[this.i] !== "]") throw new Unsupported("unclosed class");
    this.i++;
    // What a negated class or a class with \\s or \\w lets through is not listed: it may start anywhere.
    if (negated || any) return ANY;
    if (this.ignoreCase)
      for (const k of [...set]) {
        const ch = String.fromCharCode(k);
        set.add(ch.toLowerCase().charCodeAt(0));
        set.add(ch.toUpperCase().charCodeAt(0));
      }
    return { first: set.size > MAX_SET ? null : set, nullable: false };
  }
}

/** The UTF-16 units a match of `re` can start with, or null when it may start with anything (or nothing). */
export function firstChars(re: RegExp): ReadonlySet<number> | null {
  if (re.unicode || re.flags.includes("v") || re.dotAll) return null;
  try {
    const p = new Reader(re.source, re.ignoreCase).parse();
    return p.nullable || p.first === null || p.first.size === 0 ? null : p.first;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
