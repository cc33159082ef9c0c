// What a table row's own label says of its figures' unit: "Sales volume (mn tonnes)", "EBITDA per tonne (₹)",
// "Churn (monthly, %)", "Net debt/EBITDA (x)", "Days sales outstanding (days)", "Stores at period end". The
// label's unit outranks the table's scale note ("₹ in crore" is the scale of its amounts, not of a volume
// or of an amount per tonne). Rules as data, in order, each pinned by the examples in
// test/corpus/row-units.jsonl; the first that fires gives the unit, none leaves it to the table.
import type { Unit } from './fact.js';
import { codeOfSign, currencyIn, isDollar } from './currencies.js';
import { US_DOLLAR } from './home-dollar.js';
import { NOTE_SCALES } from './numbers.js';
import { exceptedKinds } from './note-exceptions.js';
import { stem } from '../nlp.js';
import { COUNTED, FUSED_UNIT, GRADE, THING_UNIT, UNIT_BASIS, UNIT_BASIS_AFTER } from './thing-units.js';

export interface RowUnitRule {
  name: string;
  /** The unit the label states, or null when the rule does not fire; `currency` is the column's. */
  unit(label: string, currency: string): Unit | null;
}

/** The scale a scale word states ("mn", "'000", "crore"), or null. */
export function scaleIn(note: string): number | null {
  const found = NOTE_SCALES.map(([re, s]) => ({ at: note.search(re), s })).filter((x) => x.at >= 0);
  return found.length ? found.sort((a, b) => a.at - b.at)[0]!.s : null;
}

// A bare "$" in a row's unit ("Crude oil ($/bbl)" of a Canadian release) is the column's own dollar, as in its cells
// (home-dollar.ts); only a sign naming the US dollar as such ("US$/bbl") is the US one.
const ownDollar = (code: string, printed: string, column: string) => (code === 'USD' && column !== 'USD' && isDollar(column) && !US_DOLLAR.test(printed) ? column : code);

/** The label's unit part: its last parenthesis ("(₹ per tonne)"), or what follows its last comma (", times"; never "$100,000"'s). */
function unitPart(label: string): string | null {
  const paren = /\(([^()]*)\)\s*$/.exec(label);
  if (paren) return paren[1]!.trim();
  return /,(?!(?<=\d,)\d{3}(?!\d))\s*([^,]{1,24})$/.exec(label)?.[1]?.trim() ?? null;
}

// Scale words a unit may lead with ("mn tonnes", "'000 tonnes", "in thousands"); the rest is the unit's noun.
const SCALE_WORD = /^(?:in\s+)?(thousands?|millions?|billions?|mn|mm|m|bn|'000s?|000s?|k|lakhs?|crores?)(?![\w'²³])\s*(?:of\s+)?/i;
const SCALES: [RegExp, number][] = [[/^(?:thousands?|'?000s?|k)$/i, 1e3], [/^(?:millions?|mn|mm|m)$/i, 1e6], [/^(?:billions?|bn)$/i, 1e9], [/^lakhs?$/i, 1e5], [/^crores?$/i, 1e7]];
const scaleOf = (word: string) => SCALES.find(([re]) => re.test(word))?.[1] ?? 1;
// Counts a label names by its noun: "Stores at period end", "Number of employees", "Subscribers (000s)".
// ("Number of shares" is a share count, at the note's scale: table-facts.ts reads those.)
const COUNT_NOUN = /^(?:number|no\.) of\s+(?!shares?\b|ADSs?\b)|\b(employees|headcount|staff|customers|clients|members|subscribers|subscriptions|users|stores|premises|branches|outlets|lines|merchants|borrowers|investors|tonnes|units|vessels|ships|aircraft|tractors|trailers|trucks|vehicles|rigs|wells|restaurants|hotels|beds|patients|clinics|hospitals|pharmacies|drivers)\b/i;
// A count's scale in its label's parentheses: "(000)", "(in thousands)", "(m)", "(bn)"; or as a word after its last comma, "Subscriptions, thousand" (no "m", no "$100,000").
const ROW_SCALE = /\((?:in\s+)?(?:[^()]*,\s*)?('?000s?|thousands?|millions?|billions?|mn|mln|m|bn)\)|,\s+(?:in\s+)?('000s?|thousands?|millions?|billions?|mn|mln|bn)\s*$/i;
const rowScale = (label: string) => ((m) => m?.[1] ?? m?.[2])(ROW_SCALE.exec(label));
const MONEY_WORD = /\b(?:revenues?|sales|income|costs?|expenses?|receivables?|payables?|balances?|volumes?|amounts?|values?|deposits?|assets?|liabilit\w+|fees?|ARPU|spend|profits?|loss(?:es)?|provisions?|charges?(?!-)|impairments?|EBIT\w*|cash|debt|capex|expenditure)\b/i;
// A working-capital measure counted in days: "Days sales outstanding", "Days of inventory", "Receivable days", "DSO".
const DAYS_MEASURE = /^days?\s+(?:of\s+)?(?:sales|inventor(?:y|ies)|payables?|receivables?|stock|working capital)\b|^(?:trade\s+)?(?:receivables?|debtors?|creditors?|inventory|payables?|stock|working capital)\s+days$|^(?:DSO|DIO|DPO|DSI)$/i;
// A count noun heading the label, then the bound on what it counts: "Clients above US$10 million", "Customers with ARR over $100k".
const BOUNDED_COUNT = /^(?:active\s+|total\s+)?(?:clients|customers|merchants|subscribers|members)\s+(?:above|over|with|contributing|generating|spending|of more than|exceeding)\b/i;
/** Whether a label, its parentheses aside, names an amount of money ("Net sales", "Capex"). */
export const namesAmount = (label: string): boolean => MONEY_WORD.test(label.replace(/\([^()]*\)/g, ''));
/**
 * Whether a label's head noun is a unit of things, a money word only qualifying it: "Revenue passenger kilometers – RPKs
 * (millions)", "Revenue tonnes (000)" count kilometres and tonnes, never an amount at the table's money note.
 */
function countsThings(label: string): boolean {
  const name = label.replace(/\([^()]*\)/g, '').replace(/\s+[–—-]\s*[A-Za-z]{2,8}\s*$/, '').trim();
  const head = /([a-z]+)$/i.exec(name)?.[1];
  return !!head && THING_UNIT.test(head) && !PER_THING.test(name);
}
// Per share and per ADS are the table reader's own kind of figure (table-facts.ts).
const PER_SHARE = /\bper\s+(?:fully\s+)?(?:diluted\s+|basic\s+|common\s+|equity\s+|ordinary\s+)?(?:share|ADS)\b|\bEPS\b/i;
// An amount of money per thing ("per tonne", "/gallon", "per available seat mile"), never "per cent" or per share.
const PER_THING = /\bper\s+(?!cent\b)[a-z]|(?:₹|\$|€|£|¥)\s*\/\s*[a-z]/i;

/** A line's figures in pence: an amount per share where the line is one, else an amount of money in pence. */
export function penceUnit(label: string): Unit {
  return PER_SHARE.test(label) ? { kind: 'per_share', currency: 'GBX', basis: 'share' } : { kind: 'money', currency: 'GBX', scale: 1 };
}

// A "%" of the label's own, never a figure's ("Adjusted EBITDA margin %", "% of net sales"; not "5.25% Senior Notes").
const BARE_PERCENT = /(?<![\d.,]\s?)%/;
// A rate over so many things ("TRIFR (per million hours worked)", "LTIFR per 200,000 hours"): no money per thing ("per tonne" is).
const PER_COUNT = /\bper\s+(?:\d[\d,.]*\s*(?:thousand|million|billion|mn|m|k)?|thousand|million|billion|hundred)\s+[a-z][a-z\s-]*$/i;
export const ROW_UNIT_RULES: RowUnitRule[] = [
  {
    name: 'percent', // (a rate's period may follow its "%": "Mobile postpaid churn, % per month")
    unit: (label) => (/\((?:[^()]*,\s*)?(?:%|in\s+%|percent|per\s?cent)\)|,\s*%(?:\s+(?:per|a)\s+(?:month|quarter|year|annum))?\s*$/i.test(label) ? { kind: 'percent' } : null),
  },
  // "Adjusted EBITDA margin %", "Gross profit (% of net sales)": a percentage, its "%" kept in the name (it tells the line from the amount's).
  { name: 'percent-named', unit: (label) => (BARE_PERCENT.test(label) ? { kind: 'percent' } : null) },
  {
    name: 'multiple',
    // (A remark may follow the unit, or share its parentheses: "Net debt / EBITDAaL, times (LTM)", "Leverage (LTM, x)".)
    unit: (label) => (/(?:,\s*times|\((?:[^()]*,\s*)?(?:times|x)\))(?:\s*\([^()]*\))?\s*$/i.test(label) ? { kind: 'count', scale: 1, noun: 'times' } : null),
  },
  {
    // "CASM-ex (cents)", "Fuel price per gallon (US cents)", "HEPS (SA cents)", "RASK (R$ cents)", "CASK (Ps. cents)": cents, said as
    // cents (never as a currency's units, nor at the table's scale).
    name: 'cents',
    // (A remark may follow the unit: "Interim dividend per share (cents, fully franked)".)
    unit: (label) => (/\((?:us\s+|u\.s\.\s+|[a-z]{1,3}\.?\s+|[a-z]{0,3}\$\s*)?(?:cents|¢)(?:\s+per\s+[^()]*)?(?:,\s*[^()]*)?\)\s*$/i.test(label) ? { kind: 'count', scale: 1, noun: 'cents' } : null),
  },
  {
    // "Basic EPS (pence)", "Earnings per share (p)": sterling pence (GBX), never read as pounds.
    name: 'pence',
    unit: (label) => (/\((?:in\s+)?(?:pence|p)\)\s*$/i.test(label) ? penceUnit(label) : null),
  },
  {
    // "TRIFR (per million hours worked)": so many per that many hours, never the table's amounts (nor money in units).
    name: 'per-count',
    unit: (label) => {
      const per = PER_COUNT.exec(unitPart(label) ?? '') ?? PER_COUNT.exec(label);
      return per && !currencyIn(per[0]) && !namesAmount(label) ? { kind: 'count', scale: 1, noun: per[0].trim().replace(/\s+/g, ' ') } : null;
    },
  },
  {
    // "(R/kg)", "(US$/oz)": money per thing in units; "(R/US$)": an exchange rate. Never the table's scale
    // ("Rm" is the scale of its amounts: an all-in cost of "1,012,400" rand a kilogram is no R1 trillion).
    name: 'sign-per-thing',
    unit: (label, currency) => {
      const [, a, b] = /^(\S{1,4})\s*\/\s*(\S{1,6})$/.exec(unitPart(label) ?? '') ?? [];
      const [from, to] = [a && codeOfSign(a), b && codeOfSign(b)];
      if (from && to) return { kind: 'fx', from, to };
      return from && THING_UNIT.test(b!) ? { kind: 'money', currency: ownDollar(from, a!, currency), scale: 1 } : null;
    },
  },
  {
    // "(₹ crore)", "(US$ millions)", "(€m)": the row's own currency and scale.
    name: 'money-with-scale',
    unit: (label, currency) => {
      const part = unitPart(label);
      const found = part && currencyIn(part);
      const scale = part && scaleIn(part);
      return found && scale && !PER_THING.test(part) ? { kind: 'money', currency: ownDollar(found, part, currency), scale } : null;
    },
  },
  {
    // "EBITDA per tonne (₹)", "Realisation (₹ per tonne)", "Fuel cost per gallon": money in units, as printed.
    name: 'money-per-thing',
    unit: (label, currency) => {
      if (PER_SHARE.test(label) || !PER_THING.test(label)) return null;
      const part = unitPart(label);
      // A scale of its own ("Revenue per employee (₹ lakh)") is the money-with-scale rule's; a thing's unit is no money.
      if (part && (scaleIn(part) || THING_UNIT.test(part.replace(SCALE_WORD, '')))) return null;
      // A scale alone ("Average orders per week (000)") counts the things per period: no money.
      if (ROW_SCALE.test(label) && !currencyIn(label)) return null;
      const found = (part && currencyIn(part)) || currencyIn(label);
      return { kind: 'money', currency: found ? ownDollar(found, label, currency) : currency, scale: 1 };
    },
  },
  {
    // "Sales volume (MnT)", "Volume (mn tonnes)", "Production ('000 oz)", "DSO (days)": a number of things.
    name: 'thing-unit',
    unit: (label) => {
      // (A remark may follow a thing's unit: "Iron ore shipments (Mt, wet)" is in Mt, never the table's A$ million.)
      // (Or come before it: "Fleet (end of period, aircraft)" counts aircraft.)
      const part = unitPart(label)
        ?.replace(/^([^,]+),\s*[a-z][a-z\s%-]*$/i, (whole, head: string) => (THING_UNIT.test(head.trim()) ? head.trim() : whole))
        .replace(/^[a-z][a-z\s-]*,\s*([^,]+)$/i, (whole, tail: string) => (THING_UNIT.test(tail.trim()) ? tail.trim() : whole))
        .replace(UNIT_BASIS, '$1');
      if (!part || currencyIn(part)) return null;
      // The noun, then its scale: "(RPKs, million)", what is counted said in the plural.
      const after = /^([a-z][\w-]*s),\s*(thousands?|millions?|billions?|mn|bn|'000)$/i.exec(part);
      if (after && !MONEY_WORD.test(after[1]!)) return { kind: 'count', scale: scaleOf(after[2]!), noun: after[1]! };
      const scaleWord = SCALE_WORD.exec(part);
      const noun = part.slice(scaleWord?.[0].length ?? 0).trim();
      // A scale before a noun of what is counted ("million seat-km", "thousand passengers"): that many of them.
      // A grade may come before a thing's unit: "6E oz" (ounces of six metals), "AuEq oz".
      if (!noun || !(THING_UNIT.test(noun.replace(GRADE, '').replace(UNIT_BASIS_AFTER, '')) || FUSED_UNIT.test(noun) || (scaleWord && COUNTED.test(noun) && !MONEY_WORD.test(noun)))) return null;
      // (An area printed "m2" is said as printed in type: "m²".)
      return { kind: 'count', scale: scaleWord ? scaleOf(scaleWord[1]!) : 1, noun: noun.replace(/^(m|ft|km)2$/i, '$1²') };
    },
  },
  {
    // "(₹)", "(US$)", "(₹, not annualised)": the row says its currency and no scale: units as printed.
    name: 'money-in-units',
    unit: (label, column) => {
      const part = unitPart(label);
      const currency = part && !PER_SHARE.test(label) && /^(?:in\s+)?\S{1,4}(?:,\s*[^()]*)?$/.test(part) ? currencyIn(part.split(',')[0]!) : null;
      return currency ? { kind: 'money', currency: ownDollar(currency, part!, column), scale: 1 } : null;
    },
  },
  {
    // "Days sales outstanding (DSO)", "Days of inventory", "Debtor days": a number of days, whatever money word it
    // holds, never the table's amounts ("NPL over 90 days" is an amount: days there bound its loans).
    name: 'days-measure',
    unit: (label) => (DAYS_MEASURE.test(label.trim()) ? { kind: 'count', scale: 1, noun: 'days' } : null),
  },
  {
    name: 'count-noun',
    unit: (label) => {
      const noun = COUNT_NOUN.exec(label);
      // ("Clients above US$10 million annual revenue": the clients are counted, the amount only bounds them.)
      if (!noun || (namesAmount(label) && !BOUNDED_COUNT.test(label))) return null;
      const scaleWord = rowScale(label);
      return { kind: 'count', scale: scaleWord ? scaleOf(scaleWord) : 1, noun: noun[1]?.toLowerCase() ?? 'count' };
    },
  },
  {
    // "Loans facilitated (in thousands)": a scale and no currency on a line that is no amount of money.
    name: 'scaled-count',
    unit: (label) => {
      const scaleWord = rowScale(label);
      // (A lone "(m)" may be a footnote mark: millions only after what is counted, "Active members (m)", never "Turnover (m)".)
      const counted = scaleWord?.toLowerCase() !== 'm' || COUNT_NOUN.test(label);
      return scaleWord && counted && !currencyIn(label) && (!MONEY_WORD.test(label) || countsThings(label)) ? { kind: 'count', scale: scaleOf(scaleWord), noun: 'count' } : null;
    },
  },
];
const UNIT_ONLY = new Set(['percent', 'per-count', 'multiple', 'cents', 'pence', 'money-with-scale', 'thing-unit', 'money-in-units']);

/**
 * A label that is a count noun and nothing else ("Branches", "Stores"): in a table of amounts it may as well
 * name the amount earned through them (a "Branches" revenue line) as a number of them.
 */
export function bareCountNoun(label: string): boolean {
  const noun = COUNT_NOUN.exec(label.trim());
  return !!noun?.[1] && noun[0].length === label.trim().length;
}

/** The label without the unit it states in parentheses ("EBITDA (₹ crore)" → "EBITDA"): the line's name, not its unit. */
export function unitFree(label: string): string {
  const paren = /\s*\(([^()]*)\)\s*$/.exec(label);
  if (!paren || paren.index === 0) return label;
  const alone = `x (${paren[1]})`;
  return ROW_UNIT_RULES.some((r) => UNIT_ONLY.has(r.name) && r.unit(alone, '')) ? label.slice(0, paren.index) : label;
}

/**
 * The label without any unit note in parentheses, a scale alone too ("Open service contracts (000s)"): a name the
 * line is asked by ("service contracts"), where its id keeps a scale-only note to tell it from a same-named amount.
 */
export function bareName(label: string): string {
  const paren = /\s*\(([^()]*)\)\s*$/.exec(label);
  return paren && paren.index > 0 && rowUnit(`x (${paren[1]})`, '') ? label.slice(0, paren.index) : label;
}

/** The unit a row's label states, or null when the label leaves it to the table. */
export function rowUnit(label: string, currency: string): Unit | null {
  for (const rule of ROW_UNIT_RULES) {
    const unit = rule.unit(label, currency);
    if (unit) return unit;
  }
  return null;
}

/**
 * A label without the footnote mark after it ("Total net sales (1)", "Net income*", "Revenue (a)"): no part of
 * its name. A letter that states the line's unit ("Copper produced (t)", "Net debt/EBITDA (x)") is no mark.
 */
export function unmarked(label: string): string {
  // (A mark may follow the unit: "Passenger RASK (cents) 3", a superscript read as text.)
  const mark = /\s*(?:\((?:\d{1,2}|[a-z])\)|\*+)$|(?<=[a-z)])\s+[1-9]$|(?<=[a-z]{3})[1-9]$/.exec(label);
  if (!mark || unitFree(label) !== label) return label;
  // "(m)" after a count ("Active members (m)") is its scale in millions, no mark. (Read only where a mark is there:
  // the row-unit rules are the cost of a table's load.)
  const scaled = rowUnit(label, '');
  return scaled?.kind === 'count' && scaled.scale > 1 ? label : label.slice(0, mark.index);
}

/**
 * Whether a table is one of counts: its note names a scale and no currency ("in thousands"),
 * a line of it names a count ("Active subscribers"), and none an amount of money. Its counts are
 * at the note's scale: "1,234" subscribers are 1.234 million, and no figure of it is in the release's currency.
 */
export function countsTable(labels: string[], note: string): boolean {
  if (currencyIn(note) || scaleIn(note) === null) return false;
  const unscaled = labels.map((l) => l.replace(/\([^()]*\)/g, ''));
  return unscaled.some((l) => COUNT_NOUN.test(l)) && !unscaled.some((l) => MONEY_WORD.test(l) || PER_SHARE.test(l));
}

/** A line that states its figures are whole units ("Employees (FTE, actual)"): the table's scale is not theirs. */
export const statesUnits = (label: string): boolean => /\([^()]*\b(?:actual|absolute|units?|number)\b[^()]*\)\s*$/i.test(label);

/**
 * Whether a unit note's "except ..." / "unless ..." clause names a noun of the label ("in thousands, except
 * employees" over "Employees"): that line is not at the note's scale. "Per share" there names per-share figures,
 * not shares, and "unless stated" names nothing.
 */
export function excepted(note: string, label: string): boolean {
  const clause = /\b(?:except|unless|other than)\b(.*)$/i.exec(note)?.[1]?.replace(/\bper\s+\w+/gi, '');
  if (!clause) return false;
  const named = new Set((clause.match(/[a-z]{3,}/gi) ?? []).filter((w) => !CLAUSE_WORDS.test(w)).map((w) => stem(w.toLowerCase())));
  return (unitFree(label).match(/[a-z]{3,}/gi) ?? []).some((w) => named.has(stem(w.toLowerCase())));
}

// A line named as a ratio of amounts ("Net debt/EBITDA", "Debt to equity ratio") is no amount though it names one.
const RATIO_NAME = /\b(?:ratios?|margins?|coverage|multiples?|rates?|yields?|return on)\b|[a-z)]\s*\/\s*[a-z(]/i;
/**
 * A line named as a ratio and printing no unit ("Book-to-bill ratio   1.06", "Debt to equity ratio", "Book-to-bill"): its
 * figures are no amounts, whatever the table's scale note says, and nothing says whether they are times or
 * a percentage printed bare, so they are not read (the prose that states them is).
 */
export const bareRatio = (label: string): boolean => /\bratios?\s*[*¹²³⁴⁵⁶⁷⁸⁹]*$|\b[a-z]+-to-[a-z]+\b/i.test(label.replace(/\s*\([^()]*\)\s*$/, '').trim());
/** Whether a label names a rate or a ratio rather than a number of things ("Occupancy rate", "Net openings growth", "Sales per store"). */
export const namesRate = (label: string): boolean => RATIO_NAME.test(label) || /\b(?:growth|changes?|per)\b/i.test(label);
/**
 * Whether a line with no unit of its own may not be read at the note's scale: the note excepts counts or ratios ("except
 * counts", "except numbers and ratios"), and it names no amount. Which lines are counts or ratios no list of nouns can
 * tell ("New properties acquired"), so the note's kinds decide (note-exceptions.ts).
 */
export const kindExcepted = (note: string, label: string): boolean =>
  exceptsCountsOrRatios(note) && (!MONEY_WORD.test(label.replace(/\([^()]*\)/g, '')) || RATIO_NAME.test(label));
const exceptsCountsOrRatios = (note: string) => { const kinds = exceptedKinds(note); return kinds.has('counts') || kinds.has('ratios'); };
const CLAUSE_WORDS = /^(?:otherwise|stated|noted|indicated|specified|and|data|amounts?|figures?|where|the)$/i;

