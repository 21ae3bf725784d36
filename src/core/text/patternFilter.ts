/**
 * What a text must hold for a regular expression to match in it, read from the pattern's source, so a
 * caller may skip running the pattern on a text that lacks it (the status classifier runs a hundred-odd
 * patterns over every 進捗総括, and most find nothing):
 *
 * - `firstChars`: the characters a match can start with;
 * - `requiredWords`: words one of which every match contains (目標(?:の)?達成 → 目標達成 or 目標の達成).
 *
 * Conservative: anything this reader does not follow exactly (a negated class, `.`, `\s`, `\w`, a
 * back-reference, a pattern that can match the empty string) gives null, "may start anywhere" or "needs
 * nothing". Look-arounds and anchors consume nothing, so they are passed over.
 */

/** Past this many start characters a set saves little: null. */
const MAX_SET = 256;
/** Past this many strings a set of words is dropped (a cross product of alternatives grows fast). */
const MAX_WORDS = 24;

type Chars = Set<number> | null;
/** A set of strings, or null: too many, or not finite. */
type Words = Set<string> | null;

interface Parsed {
  first: Chars;
  /** Whether the part can match the empty string. */
  nullable: boolean;
  /** Every string the part can match, when they are few. */
  exact: Words;
  /** Words one of which every match of the part contains (none of them empty), or null. */
  need: Words;
}

class Unsupported extends Error {}

function union(a: Chars, b: Chars): Chars {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out.size > MAX_SET ? null : out;
}

/** The union of several sets, or null when one is null or the union passes `max`. */
function unionAll<T>(sets: (Set<T> | null)[], max: number): Set<T> | null {
  const out = new Set<T>();
  for (const s of sets) {
    if (s === null) return null;
    for (const x of s) out.add(x);
    if (out.size > max) return null;
  }
  return out;
}

function unionWords(a: Words, b: Words): Words {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const w of b) out.add(w);
  return out.size > MAX_WORDS ? null : out;
}

/** Every string of `a` followed by every string of `b`, when there are few. */
function product(a: Words, b: Words): Words {
  if (a === null || b === null || a.size * b.size > MAX_WORDS) return null;
  if (b.size === 1) {
    // One more character or word after each (most atoms are one literal).
    const [y] = b;
    const out = new Set<string>();
    for (const x of a) out.add(x + y);
    return out;
  }
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A set of words as a filter: null when it holds the empty string (every text holds that). */
function asNeed(w: Words): Words {
  return w === null || w.size === 0 || w.has("") ? null : w;
}

function shortest(w: Set<string>): number {
  let min = Infinity;
  for (const s of w) min = Math.min(min, s.length);
  return min;
}

/** The more selective of two filters: words of two characters or more, then fewer words, then longer ones. */
function better(a: Words, b: Words): Words {
  if (a === null) return b;
  if (b === null) return a;
  const la = shortest(a);
  const lb = shortest(b);
  if (Math.min(la, 2) !== Math.min(lb, 2)) return la > lb ? a : b;
  if (a.size !== b.size) return a.size < b.size ? a : b;
  return la >= lb ? a : b;
}

/** Past this length a word adds little to a filter: its start does the work. */
const WORD_CHARS = 4;

/**
 * The same filter in fewer words: each cut to its first characters, and a word that holds another dropped
 * (a text holding it holds the other): 遅延が, 遅延は, 遅延 → 遅延.
 */
function compact(w: Set<string>): string[] {
  const cut = [...new Set([...w].map((s) => s.slice(0, WORD_CHARS)))].sort((x, y) => x.length - y.length);
  const kept: string[] = [];
  for (const s of cut) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

const EMPTY: Parsed = { first: new Set(), nullable: true, exact: new Set([""]), need: null };

/** A character this reader does not list: the match may start with anything, and needs nothing. */
const ANY: Parsed = { first: null, nullable: false, exact: null, need: null };

const DIGITS = new Set(Array.from({ length: 10 }, (_, i) => 48 + i));

const wordsOf = (codes: ReadonlySet<number>): Words =>
  codes.size > MAX_WORDS ? null : new Set([...codes].map((c) => String.fromCharCode(c)));

/** A single-character escape (after the backslash) as its character; a class escape or an assertion throws. */
function escapeChar(e: string): number {
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
  if (e in simple) return simple[e];
  if (/[\^$\\.*+?()[\]{}|/-]/.test(e)) return e.charCodeAt(0);
  throw new Unsupported(`\\${e}`);
}

const LITERALS = new Map<number, Parsed>();

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
    const first = this.sequence();
    if (this.src[this.i] !== "|") return first;
    const branches = [first];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    // Unions taken once over every branch (a list of thirty words is not copied thirty times).
    return {
      first: unionAll(
        branches.map((b) => b.first),
        MAX_SET,
      ),
      nullable: branches.some((b) => b.nullable),
      exact: unionAll(
        branches.map((b) => b.exact),
        MAX_WORDS,
      ),
      // Each alternative must give a word: a match holds one of the alternative it took.
      need: unionAll(
        branches.map((b) => b.need),
        MAX_WORDS,
      ),
    };
  }

  private sequence(): Parsed {
    let first: Chars = new Set();
    let nullable = true;
    // `run`: every string the atoms since the last unlisted one can match together (their product).
    let run: Words = new Set([""]);
    // Every string the whole sequence can match: the run, while it has never ended.
    let whole = true;
    let need: Words = null;
    // Literal characters gathered before they join the run (one product per run of them, not per character).
    let tail = "";
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.quantified();
      if (nullable) first = union(first, atom.first);
      nullable = nullable && atom.nullable;
      need = better(need, atom.need);
      if (atom.exact !== null && atom.exact.size === 1) {
        tail += atom.exact.values().next().value as string;
        continue;
      }
      if (tail !== "") {
        run = product(run, new Set([tail]));
        tail = "";
      }
      const joined = product(run, atom.exact);
      if (joined !== null) run = joined;
      else {
        // The run ends here: what it held is a candidate, and a new run starts with this atom.
        need = better(need, asNeed(run));
        run = atom.exact ?? new Set([""]);
        whole = false;
      }
    }
    if (tail !== "") run = product(run, new Set([tail]));
    need = better(need, asNeed(run));
    return { first, nullable, exact: whole ? run : null, need };
  }

  private quantified(): Parsed {
    const atom = this.atom();
    const q = this.src[this.i];
    let min = 1;
    let max: number;
    if (q === "?" || q === "*") {
      min = 0;
      max = q === "?" ? 1 : Infinity;
      this.i++;
    } else if (q === "+") {
      max = Infinity;
      this.i++;
    } else if (q === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported("brace");
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return atom;
    if (this.src[this.i] === "?") this.i++; // lazy
    const nullable = atom.nullable || min === 0;
    let exact: Words = null;
    if (max === 1) exact = min === 0 ? unionWords(atom.exact, new Set([""])) : atom.exact;
    else if (min === max) for (let k = 0, acc: Words = new Set([""]); k < min; k++) exact = acc = product(acc, atom.exact);
    // At least one repeat holds a word of the atom; none may hold nothing.
    const need = min === 0 ? null : better(atom.need, asNeed(atom.exact));
    return { first: atom.first, nullable, exact, need };
  }

  private atom(): Parsed {
    const c = this.src[this.i];
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "^" || c === "$") {
      this.i++;
      return EMPTY;
    }
    if (c === ".") {
      this.i++;
      return ANY;
    }
    if (c === "\\") {
      const e = this.src[this.i + 1];
      this.i += 2;
      if (e === "b" || e === "B") return EMPTY;
      if (e === "d") return { first: new Set(DIGITS), nullable: false, exact: wordsOf(DIGITS), need: null };
      if ("DsSwW".includes(e)) return ANY;
      return this.literal(this.escape(e));
    }
    this.i++;
    return this.literal(c.charCodeAt(0));
  }

  private literal(code: number): Parsed {
    if (!this.ignoreCase) {
      // Shared: no set of a Parsed is ever changed after it is made.
      let p = LITERALS.get(code);
      if (!p)
        LITERALS.set(code, (p = { first: new Set([code]), nullable: false, exact: new Set([String.fromCharCode(code)]), need: null }));
      return p;
    }
    const set = new Set([code]);
    if (this.ignoreCase) {
      const ch = String.fromCharCode(code);
      set.add(ch.toLowerCase().charCodeAt(0));
      set.add(ch.toUpperCase().charCodeAt(0));
    }
    return { first: set, nullable: false, exact: wordsOf(set), need: null };
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
    return lookaround ? EMPTY : { ...inner, need: better(inner.need, asNeed(inner.exact)) };
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
    if (set.size > MAX_SET) return ANY;
    return { first: set, nullable: false, exact: wordsOf(set), need: null };
  }
}

/** The pattern read, or null where this reader cannot follow it. */
function read(re: RegExp): Parsed | null {
  if (re.unicode || re.flags.includes("v") || re.dotAll) return null;
  try {
    return new Reader(re.source, re.ignoreCase).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

export interface PatternFilter {
  /** The UTF-16 units a match can start with, or null when it may start with anything (or nothing). */
  first: ReadonlySet<number> | null;
  /**
   * Words one of which every match contains, or null when this reader finds none (a pattern that can match
   * the empty string, or one it cannot follow). A case-blind pattern gives null: its words would need every
   * mix of cases.
   */
  words: readonly string[] | null;
}

/** What a text must hold for `re` to match in it, from one reading of the pattern. */
export function patternFilter(re: RegExp): PatternFilter {
  const p = read(re);
  if (p === null || p.nullable) return { first: null, words: null };
  const need = re.ignoreCase ? null : better(p.need, asNeed(p.exact));
  return { first: p.first === null || p.first.size === 0 ? null : p.first, words: need && compact(need) };
}

export const firstChars = (re: RegExp) => patternFilter(re).first;
export const requiredWords = (re: RegExp) => patternFilter(re).words;
