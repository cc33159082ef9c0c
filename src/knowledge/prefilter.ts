// Whether a pattern can match a text, decided without running it. V8 compiles a pattern when it first
// runs (0.05-1.5 ms each), and a first answer ran some 400 (abbreviations, period rules, cues), most
// naming words the question does not hold. A pattern's required literals (one of them must occur in
// any match) are read from its source, conservatively: what is not understood requires nothing, so a
// pattern is only ever skipped where it could not have matched. Reading a source costs about what
// compiling it does, so a process that starts often keeps what was read (keepNeeds: the CLI's cache).

/** Any one of these literals occurs in every match (lowercase when the pattern ignores case); null: nothing known. */
export type Need = string[] | null;

const needs = new WeakMap<RegExp, Need>();
/** What was read of each source, by flags and source, when a store is kept (its entries never go stale: the key is the whole pattern). */
let kept: Map<string, Need> | undefined;

/** Keeps what is read of patterns in `table` (read from it first): the CLI passes one stored between runs. */
export function keepNeeds(table: Map<string, Need>): void {
  kept = table;
}

/** False only when `re` cannot match anywhere in `text` (it may still fail to match when true). */
export function mayMatch(re: RegExp, text: string): boolean {
  let need = needs.get(re);
  if (need === undefined) needs.set(re, (need = keptNeed(re)));
  if (!need) return true;
  const hay = re.ignoreCase ? lower(text) : text;
  return need.some((literal) => hay.includes(literal));
}

/** `re.test(text)`, not run where it cannot match; a skipped pattern's lastIndex is reset as a failed test resets it. */
export function tests(re: RegExp, text: string): boolean {
  return mayMatch(re, text) ? re.test(text) : skipped(re, false);
}

/** `re.exec(text)`, likewise. */
export function execs(re: RegExp, text: string): RegExpExecArray | null {
  return mayMatch(re, text) ? re.exec(text) : skipped(re, null);
}

/** `text.matchAll(re)`'s matches (`re` global), none where it cannot match. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  return mayMatch(re, text) ? [...text.matchAll(re)] : [];
}

function skipped<T>(re: RegExp, none: T): T {
  if (re.global || re.sticky) re.lastIndex = 0;
  return none;
}

// Patterns are tried on one text after another: it is lowercased once for them all.
let lastText = '';
let lastLower = '';
function lower(text: string): string {
  if (text !== lastText) [lastText, lastLower] = [text, text.toLowerCase()];
  return lastLower;
}

function keptNeed(re: RegExp): Need {
  const key = `${re.flags}/${re.source}`;
  const had = kept?.get(key);
  if (had !== undefined) return had;
  const need = needOf(re);
  kept?.set(key, need);
  return need;
}

/** The literals one of which every match of `re` holds, or null. */
export function needOf(re: RegExp): Need {
  // Unicode case folding (/iu, /v) maps some other letters onto ASCII ones ("ſ" is "s"): not read.
  if (/[uv]/.test(re.flags)) return null;
  const reader = new Reader(re.source, re.flags.includes('i'));
  const need = reader.alternation();
  return reader.done ? need : null;
}

/**
 * A source's tokens, found by one pattern (a character-by-character reading in JavaScript cost more than
 * compiling the patterns it spares): an escape with its operands, a class, a group's opening, ")", "|",
 * a quantifier, a run of literal characters, or any other single character (^, $, ., a stray brace).
 */
const TOKEN = /\\(?:x[0-9A-Fa-f]{0,2}|u[0-9A-Fa-f]{0,4}|c[A-Za-z]?|k<[^>]*>|[0-9]+|[\s\S])|\[(?:\\[\s\S]|[^\]\\])*\]?|\((?:\?(?::|=|!|<=|<!|<[^>]*>)?)?|\)|\||(?:[*+?]|\{[0-9]+(?:,[0-9]*)?\})\??|[^\\^$.|?*+()[\]{}]+|[\s\S]/g;
/** The first characters of a quantifier token (a stray "{" too, which is no literal either). */
const QUANTIFIER = new Set('*+?{');
/** The first characters of tokens that are no run of literals. */
const SYNTAX = new Set('\\^$.|?*+()[]{}');
const NOT_ASCII = /[^\x00-\x7f]/;

/** A recursive reading of a pattern's tokens (JavaScript syntax without /u), from `pos`. */
class Reader {
  pos = 0;
  readonly tokens: string[];
  constructor(
    source: string,
    readonly fold: boolean,
  ) {
    this.tokens = source.match(TOKEN) ?? [];
  }

  get done(): boolean {
    return this.pos === this.tokens.length;
  }

  /** Alternatives up to a ")" or the end: each must need something, and the pattern needs any of those. */
  alternation(): Need {
    const out: string[] = [];
    let known = true;
    for (;;) {
      const need = this.sequence();
      if (need) out.push(...need);
      else known = false;
      if (this.tokens[this.pos] !== '|') return known ? out : null;
      this.pos++;
    }
  }

  /** One alternative: the most telling of what its unrepeated parts need (a run of literal characters, a group's). */
  sequence(): Need {
    const found: string[][] = [];
    // Literal tokens in a row are one run ("y", "\/", "y": every match holds "y/y", not just a "y").
    let run = '';
    const close = () => {
      // Ignoring case, characters outside ASCII are left out: σ and ς are one letter to a pattern.
      for (const part of this.fold && NOT_ASCII.test(run) ? run.split(/[^\x00-\x7f]+/) : [run]) if (part) found.push([this.fold ? part.toLowerCase() : part]);
      run = '';
    };
    for (let t = this.tokens[this.pos]; t !== undefined && t !== '|' && t !== ')'; t = this.tokens[this.pos]) {
      this.pos++;
      const group = t[0] === '(' ? this.group(t) : null;
      // What a quantifier repeats is needed zero or more times: a group's need, a run's last character.
      const repeated = QUANTIFIER.has(this.tokens[this.pos]?.[0] as string);
      if (repeated) this.pos++;
      const literal = t[0] === '(' ? null : this.literal(t);
      if (literal !== null && !repeated) {
        run += literal;
        continue;
      }
      run += literal?.slice(0, -1) ?? '';
      close();
      if (group && !repeated) found.push(group);
    }
    close();
    let best: string[] | null = null;
    let length = 0;
    for (const need of found) {
      const l = shortest(need);
      if (l > length) [best, length] = [need, l];
    }
    return best;
  }

  /** A run of literal characters, or an escaped punctuation mark; null for anything else. */
  literal(t: string): string | null {
    if (t[0] === '\\') return t.length === 2 && !/[A-Za-z0-9]/.test(t[1] as string) ? (t[1] as string) : null;
    return SYNTAX.has(t[0] as string) ? null : t;
  }

  /** A group after its opening token: its alternatives' need (none for a lookaround), read up to its ")". */
  group(open: string): Need {
    const need = this.alternation();
    if (this.tokens[this.pos] !== ')') {
      this.pos = this.tokens.length + 1; // not read to its end: the whole pattern needs nothing
      return null;
    }
    this.pos++;
    return open === '(' || open === '(?:' || /^\(\?<[^=!]/.test(open) ? need : null;
  }
}

function shortest(need: string[]): number {
  let l = Infinity;
  for (const literal of need) l = Math.min(l, literal.length);
  return l;
}
