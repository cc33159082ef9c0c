// The short forms an analyst types for a label the release spells out, read from the label itself: the
// short form it prints beside it ("Operating income (EBIT)", "Capital adequacy ratio - CRAR"), its
// initials ("Free cash flow": FCF, "Research and development": R&D), the side of a two-sided label
// asked for ("Net income (loss)": net loss), the kind of charge a bare expense row is. General rules
// over any issuer's labels, pinned like the others by test/corpus/naming.jsonl.
import { opposes } from '../../knowledge/sides.js';
import type { NamingRule } from './rules.js';

/** Short forms in capitals that say how a figure is stated, never which line ("Net income (GAAP)", "(US$)"). */
const BASIS_SHORT = /^(?:NON-GAAP|GAAP|IFRS|US|USD|RMB|EUR|GBP|BRL|INR|CNY|JPY|MXN|ADS|ADR|NM|NA|YOY|QOQ|TTM|LTM|MM|BN|PP|BPS)$/;

/** Words an initialism leaves out ("Cost of sales": COS is no analyst's, but "Net interest income": NII). */
const JOINING = new Set(['of', 'the', 'for', 'to', 'in', 'on', 'from', 'at', 'by']);

/** Whether a lower-case short form is cut from the long form's last words, in order ("capex": capital expenditures). */
function clipped(short: string, long: string): boolean {
  const words = long.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const fits = (s: string, from: number): boolean => {
    if (!s) return from === words.length;
    if (from >= words.length) return false;
    const w = words[from]!;
    for (let k = Math.min(w.length, s.length); k >= 1; k--) if (w.startsWith(s.slice(0, k)) && fits(s.slice(k), from + 1)) return true;
    return false;
  };
  return short.length >= 4 && words.some((_, i) => words.length - i >= 2 && fits(short, i));
}

export const SHORT_FORM_RULES: NamingRule[] = [
  {
    // "Operating income (EBIT)" → "EBIT"; "Capital adequacy ratio - CRAR (%)" → "CRAR"; "Capital
    // expenditures (capex)" → "capex"; "Available seat miles (ASMs) (millions)" → "ASMs" (a unit may
    // follow). Not a basis or unit ("(GAAP)", "(US$)"), nor a side ("(loss)").
    name: 'printed-short-form',
    pattern: /^(.+?)\s*(?:\(\s*([A-Za-z][A-Za-z0-9&]{1,9})\s*\)|\s-\s*([A-Z][A-Z0-9&]{1,9})\b)\s*(?:\([^)]*\)\s*)?$/,
    produce: (m) => {
      const short = (m[2] ?? m[3])!;
      // A plural short form keeps its "s": "Available seat miles (ASMs)".
      if (/^[A-Z][A-Z0-9&]+s?$/.test(short)) return BASIS_SHORT.test(short.toUpperCase()) ? [] : [short];
      return clipped(short, m[1]!) ? [short] : [];
    },
  },
  {
    // "Net income (loss)" → "Net loss" and "Net income"; "Other (income) expense, net" → "Other income,
    // net"; "Net realized investment gains (losses)" → "... losses": each side a question may ask for.
    name: 'either-side',
    pattern: /^(.*?)\(([A-Za-z]+)\)(.*)$/,
    produce: (m) => {
      const before = /^(.*?\b)([A-Za-z]+)\s*$/.exec(m[1]!);
      const after = /^\s*([A-Za-z]+)\b(.*)$/.exec(m[3]!);
      if (before && opposes(before[2]!, m[2]!)) return [`${before[1]}${m[2]}${m[3]}`, `${m[1]!.trimEnd()}${m[3]}`];
      if (after && opposes(after[1]!, m[2]!)) return [`${m[1]}${m[2]}${after[2]}`, `${m[1]}${after[1]}${after[2]}`];
      return [];
    },
  },
  {
    // "Restructuring and other charges" → "restructuring charges": the charge named first is the line's.
    name: 'and-other-charges',
    pattern: /^(.+?) and other (?:related )?(charges|expenses?|costs)\b(.*)$/i,
    produce: (m) => [`${m[1]} ${m[2]}${m[3]}`],
  },
  {
    // A row among expenses that does not say it is one ("Restructuring", "Research and development" under
    // "Operating expenses") is that expense: "restructuring expenses", "... charges", "... costs".
    name: 'expense-row',
    pattern: /^(?!.*\b(?:expenses?|costs?|charges?|total|income|revenues?|sales|profit|loss|other)\b)([A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3})$/i,
    produce: (m, ctx) => (/[a-z]/.test(m[1]!) && ctx.parent && /\bexpenses\b/i.test(ctx.parent) && !/\bincome\b/i.test(ctx.parent) ? ['expenses', 'charges', 'costs'].map((k) => `${m[1]} ${k}`) : []),
  },
  {
    // "Net investment income" → "NII", "Free cash flow" → "FCF", "Research and development" → "R&D",
    // "Available seat miles (millions)" → "ASM", "ASMs" (a unit in parentheses after the label is no word),
    // "Selling, general and administrative expenses" → "SG&A" and "SG&A expenses", "Energy & Transportation"
    // → "E&T" (an ampersand is its "and"): the initials of a
    // label of plain words (three letters or more, "&" counted), never a word in its own right nor a short
    // form the general lexicon gives another line ("net income margin" is no NIM). A label
    // with an acronym of its own ("Adjusted EBITDA") is said by that, a per-share line as EPS, and one
    // qualified after a comma ("Other income, net") by its plain form.
    name: 'initials',
    // (A last word cut short, "Selling, general and admin.", keeps its initial.)
    pattern: /^(?!.*\bper\b)(?!.*,\s*[a-z]+\.?$)(?:[Tt]otal\s+)?([A-Za-z][a-z]+(?:[\s,-]+(?:&|[A-Za-z][a-z]+)){1,4})\.?(?:\s*\([^)]*\))?$/,
    produce: (m, ctx) => {
      // A joining word inside a hyphenated compound is part of the term ("All-in sustaining cost": AISC),
      // so both readings are offered where they differ.
      const words = m[1]!.split(/[\s,-]+/).filter((w) => !JOINING.has(w.toLowerCase()));
      const compound = m[1]!.split(/[\s,]+/).flatMap((w) => (w.includes('-') ? w.split('-') : JOINING.has(w.toLowerCase()) ? [] : [w])).filter(Boolean);
      const plain = initialsOf(words, ctx);
      return compound.length > words.length ? [...plain, ...initialsOf(compound, ctx).filter((n) => !plain.includes(n))] : plain;
    },
  },
  {
    // "Dollar-based net retention rate (%)" → "dollar-based net retention", "Provision coverage ratio" →
    // "provision coverage": a rate of two words or more is asked for without "rate" (one word left,
    // "loss" of "Loss ratio", would name another line).
    name: 'rate-unsaid',
    pattern: /^((?:[\w+-]+\s+)+[\w+-]+)\s+(?:rate|ratio)(?:\s*\(%\))?$/i,
    produce: (m) => [m[1]!],
  },
  {
    // "Stock-based compensation expense" → "stock-based compensation", "Flow Control segment operating
    // margin" → "Flow Control operating margin": a word saying only what kind of line it is, left unsaid.
    // Not where what is left names another figure ("Net interest expense": net interest; "Total
    // operating expenses": total operating).
    name: 'kind-unsaid',
    pattern: /^(?:(.+\s[\w-]+)\s+(?:expenses?|costs|charges)|(.+?)\s+segment\s+(.+))$/i,
    produce: (m) => (m[1] ? (/\b(?:operating|other|total|interest|net|financial|finance|tax|income|non-?operating|and|of)$/i.test(m[1]) ? [] : [m[1]]) : [`${m[2]} ${m[3]}`]),
  },
];

/** A label's initials from its words ("Free cash flow": fcf), with its kind or rate word kept said after them. */
function initialsOf(words: string[], ctx: { taken?: (name: string) => boolean }): string[] {
  const kind = /^(?:expenses?|costs|charges)$/i.test(words[words.length - 1]!) ? words.pop()!.toLowerCase() : '';
  // A rate's kind word stays said after its initials ("Non-performing loan ratio": NPL ratio); the
  // initials alone would name the line it is a rate of.
  const rate = !kind && words.length > 3 && /^(?:margin|ratio|rate|yield)$/i.test(words[words.length - 1]!) ? words.pop()!.toLowerCase() : '';
  const init = words.map((w) => (/^(?:and|&)$/i.test(w) ? '&' : w[0]!.toLowerCase())).join('');
  if (init.length < 3 || /^&|&$|&&/.test(init) || ctx.taken?.(init)) return [];
  if (rate) return [`${init} ${rate}`];
  // Said in the plural as the label is ("ASMs" for "Available seat miles").
  const plural = !kind && /[^s]s$/i.test(words[words.length - 1]!) && !ctx.taken?.(`${init}s`) ? [`${init}s`] : [];
  return kind ? [init, `${init} ${kind}`] : [init, ...plural];
}
