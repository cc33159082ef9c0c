// An equation the asker states ("so FCF = ops minus capex?", "ops minus capex = FCF?", "so free cash flow is
// ops less capex?"): one side is a formula (two names and an operator between them), the other the asker's
// name for its result. That name is set aside, as formulaName (expressions.ts) sets aside "working capital"
// in "working capital (current assets minus current liabilities)": the formula is what is asked, worked out
// with its inputs shown, never a printed line of that name less one of the formula's lines.
type Span = { start: number; end: number };

/** What sets the two sides apart: "=", "equals", and "is" after a lead-in that asks nothing ("so", "and"). */
const EQUALS = /\s*(?:=|\bequals?\b)\s*/g;
// (A question word before "is" asks of the side after it: "so what exactly is the 90 day+ rate".)
const SO_IS = /^\s*(?:so|and|then|ok)\s+(?!(?:what|how|which|why|when|where|who)\b)[^=?]*?\s(is|are)\s/;

/** An operator with words either side of it: a formula ("ops minus capex", "CFO + CFI"; the "+" of "90 day+ delinquency" is a name's). */
const FORMULA = /\w[^=]*?\s(?:minus|less(?!\s+than)|plus|\+)\s[^=]*?\w/;
const formula = (text: string, side: Span) => FORMULA.test(text.slice(side.start, side.end));

/** Whether a side says some word: a name for the result. */
const says = (text: string, side: Span) => /\w/.test(text.slice(side.start, side.end).replace(/^\s*(?:so|and|then|ok)\b/, ''));

/**
 * The span of the asker's name for an equation's formula, with the sign that sets it apart ("FCF =" in "so FCF =
 * ops minus capex?"), or null where the question states no equation: one mark, a formula on one side and a name
 * alone on the other.
 */
export function equationName(text: string): Span | null {
  const marks = [...text.matchAll(EQUALS)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const soIs = SO_IS.exec(text);
  if (!marks.length && soIs) marks.push({ start: soIs.index + soIs[0].length - soIs[1]!.length - 2, end: soIs.index + soIs[0].length });
  if (marks.length !== 1) return null;
  const [mark] = marks as [Span];
  const left = { start: 0, end: mark.start };
  const right = { start: mark.end, end: text.length };
  if (formula(text, right) && !formula(text, left) && says(text, left)) return { start: 0, end: mark.end };
  if (formula(text, left) && !formula(text, right) && says(text, right) && !soIs) return { start: mark.start, end: text.length };
  return null;
}

/** A period said after the asker's name, from its lead-in on ("in q1", "at quarter end", "for 1Q24"). */
const PERIOD_LEAD = /\s(?:in|for|at|as of|during)\s.*$/;

/** An operator between a formula's terms. */
const OPERATOR = /\s(?:minus|less(?!\s+than)|plus|\+)\s/g;
/** A term's own words: up to an operator, a list mark, a comma, a bracket or a period's lead-in ("total", "capital-light, and yoy?"). */
const TERM = /^\s*([a-z0-9&'/-]+(?:\s+[a-z0-9&'/-]+)*?)(?=\s*(?:[,?.!;:()+]|$|\s(?:and|in|for|at|as|vs|on|over|from|to|minus|less|plus)\b))/;

/**
 * An equation's terms said short, where the asker's name for the result says what they measure ("capital heavy loan
 * balance = total less cap light": the total and the capital-light loan balances): the question with the name's last
 * words said after each term, the most that make every term one line's name; null where a term names a line alone
 * and so does each, or where no such words fit every term. Said short, "total" names no line, and "cap light" the
 * capital-light fees: a loan balance's difference would be taken of other figures.
 */
export function termsWithHead(text: string, isName: (term: string) => boolean): string | null {
  const name = equationName(text);
  if (!name || name.start !== 0) return null;
  const from = name.end;
  const cuts = [from, ...[...text.slice(from).matchAll(OPERATOR)].map((m) => from + m.index! + m[0].length)];
  if (cuts.length < 2) return null;
  const terms = cuts.map((at) => {
    const m = TERM.exec(text.slice(at));
    return m ? { start: at + m[0].length - m[1]!.length, end: at + m[0].length } : null;
  });
  if (terms.some((t) => !t) || terms.every((t) => isName(text.slice(t!.start, t!.end)))) return null;
  // (The name's words end where a period of it opens: "capital heavy loan volume in q1 =" measures loan volume.)
  const words = text.slice(0, name.end).replace(EQUALS, ' ').replace(PERIOD_LEAD, '').trim().split(/\s+/);
  // (The most of the name's words that fit: "total loan volume" is one line, "total volume" two.)
  for (let k = words.length - 1; k > 0; k--) {
    const head = words.slice(-k).join(' ');
    if (!terms.every((t) => isName(`${text.slice(t!.start, t!.end)} ${head}`))) continue;
    return terms.reduceRight((out, t) => `${out.slice(0, t!.end)} ${head}${out.slice(t!.end)}`, text);
  }
  return null;
}

/** What may follow a term said whole: the end, a mark, or a period's lead-in. */
const TERM_ENDS = /^\s*(?:$|[,?.!;:()]|(?:in|for|at|as of|during|on)\s)/;
/** The one "minus" or "less" of a difference, with no other operator. */
const LESS = /\s(?:minus|less(?!\s+than))\s/;

/**
 * A difference whose subtracted term, said short, names a part of its minuend once the minuend's measure follows it
 * ("loan volume in q1 minus cap-light/ICE/tech": the capital-light model's loan volume): the question with that measure
 * said after the term; null where the term names the same line either way, or none fits. Said short, "cap-light" names
 * the capital-light fees, a figure of another kind than a loan volume.
 */
export function partWithHead(text: string, lines: (term: string) => string[]): string | null {
  const op = LESS.exec(text);
  if (!op || equationName(text) || [...text.matchAll(OPERATOR)].length !== 1) return null;
  const at = op.index + op[0].length;
  const m = TERM.exec(text.slice(at));
  // (A term cut short by a word that may run on in a name, "income from operations", is no term said short.)
  if (!m || !TERM_ENDS.test(text.slice(at + m[0].length))) return null;
  const end = at + m[0].length;
  const term = m[1]!;
  const words = text.slice(0, op.index).replace(PERIOD_LEAD, '').trim().split(/\s+/);
  const alone = lines(term);
  // (The most of the minuend's words that name a line and, after the term, another one than the term alone and than
  // those words alone: "pre-tax income minus net income" is no "net income tax expense", the tax line "tax expense" names.)
  for (let k = Math.min(words.length, 4); k > 0; k--) {
    const head = words.slice(-k).join(' ');
    const part = lines(`${term} ${head}`);
    const own = lines(head);
    if (!own.length || !part.length || part.every((id) => alone.includes(id) || own.includes(id))) continue;
    return `${text.slice(0, end)} ${head}${text.slice(end)}`;
  }
  return null;
}
