// The value of one or more metrics for a period: "What was total net revenue in Q1 2024?"
import { majorOf } from '../../knowledge/currencies.js';
import { amount, currencyOf, type Fact } from '../../knowledge/fact.js';
import { formulaLines, type FormulaLines } from '../../knowledge/formulas.js';
import { endOf, periodEnd, periodLabel, shift, type Period } from '../../knowledge/period.js';
import { definedParts } from '../../knowledge/defined-parts.js';
import { sum } from '../../knowledge/derive.js';
import { derived, figure, operands, when, workedOut } from '../format.js';
import { bracketSide, commensurable, find, linesOfFormula, lossOf, paidOut, periodFor, translatedOnly, type Found } from '../lookup.js';
import type { Ask } from '../frame.js';
import { available, Reply, title, unknown, verb, type Handler } from '../reply.js';
import type { Answer } from '../answer.js';
import { formulaAt, impliedAt } from './formula.js';
import { summed, tiled } from '../../knowledge/tiled.js';
import { releaseOf, restatement } from './series.js';
import { statedText } from './change.js';
import { DECLARED, declaredWording } from './declared-wording.js';
import { fullerLine } from './fuller-line.js';

/**
 * A ratio the release does not print, computed from its two lines: a margin (gross profit over
 * revenue, or revenue less cost of revenue over revenue, for the company or a segment), the effective
 * tax rate, or a margin for a period whose amounts the release gives but whose printed margin it doesn't
 * (Q4 2023 from the narrative). Each part is the first of the release's lines for it with a figure for the period.
 */
function formulaValue(ask: Ask, lines: FormulaLines, p: Period, reply: Reply): string | null {
  const at = formulaAt(ask.kb, lines.formula, p, lines);
  if (!at) return null;
  reply.cite(at.num, at.den).about(at.den.period);
  reply.derive(lines.label, at.shown, at.formula);
  const label = (id: string) => ask.kb.metrics.get(id)!.label;
  const parts = at.less ? `${title(label(at.den.metric))} ${figure(at.den)} less ${label(at.num.metric)} ${figure(at.num)}, over` : `${title(label(at.num.metric))} ${figure(at.num)} ÷`;
  return `${lines.label} was ${at.shown} ${when(at.den)} (${parts} ${label(at.den.metric)} ${figure(at.den)}${at.range ? `; ${at.range}` : ''}).`;
}

/**
 * The currency asked against the figure's: beside an RMB figure, the release's own USD translation where
 * it prints one; asked in another currency, a note where the release translates only its own period at
 * its rate, or a decline where it states no rate from the figure's currency (the home amount was answered).
 */
function otherCurrency(ask: Ask, id: string, f: Fact, label: string): { beside?: Fact; note?: string; decline?: string } {
  const own = currencyOf(f.unit);
  if (!own || f.value.isZero()) return {};
  // (A minor unit is its major currency's: HEPS of "1,163 SA cents" is in the rand asked.)
  if (ask.currency === majorOf(own)) {
    const usd = own === 'RMB' && ask.kb.currency === 'RMB' ? find(ask.kb, id, f.period, 'USD') : null;
    return usd && !usd.usd && currencyOf(usd.fact.unit) === 'USD' ? { beside: usd.fact } : {};
  }
  // A line the release gives in another currency only, asked with no currency named, is answered as given.
  if (!ask.currencyAsked) return {};
  const rate = ask.kb.rate();
  const only = rate ? translatedOnly(ask.kb, rate).map(periodLabel) : [];
  // (A rate the release says is for named periods only, "amounts for 2Q26 have been translated", translates no other.)
  if (rate?.unit.kind === 'fx' && rate.unit.from === own && only.length) return { decline: `${label} in ${ask.currency} for ${periodLabel(f.period)}: it translates only ${only.join(' and ')} into ${ask.currency}, at ${figure(rate)} (line ${rate.citation.line}), and gives ${periodLabel(f.period)}'s in ${own} only (${figure(f)}, line ${f.citation.line})` };
  if (rate?.unit.kind === 'fx' && rate.unit.from === own) return { note: ` The release gives no ${ask.currency} figure for ${periodLabel(f.period)}, and translates only its own period at its rate.` };
  return { decline: `${label} in ${ask.currency}: it gives it in ${own} only, and states no exchange rate to translate it` };
}

/** The date the release's rate is as of, in its own words (" as of March 29, 2024"), where its sentence says. */
/** The date a release states its rate as of (" as of March 29, 2024"), or nothing. */
export const rateDate = (rate: Fact): string => / as of [A-Z][a-z]+ \d{1,2}, \d{4}/.exec(rate.citation.quote)?.[0] ?? '';

const OTHER_ONE = /\b(?:prior|previous|preceding|last|earlier|before|ago|next|following|first|old|new)\b/;

/**
 * A line its definition lists the parts of, at a date the release gives it for none: the sum of those
 * parts, each with its figure for that date, citing the definition (every part there, of one unit), or null.
 */
function definedSum(ask: Ask, id: string, p: Period, reply: Reply): string | null {
  const defined = definedParts(ask.kb, id);
  // (Parts printed in the currency asked only: a translated part would make the sum an estimate.)
  const found = defined ? defined.parts.map((part) => find(ask.kb, part, p, ask.currency)?.fact) : [];
  const fs = found.filter((f): f is Fact => !!f && currencyOf(f.unit) === ask.currency);
  if (!defined || !fs.length || fs.length !== found.length || fs.some((f) => !commensurable(f, fs[0]!))) return null;
  const label = title(ask.kb.metrics.get(id)!.label);
  const shown = derived(sum(fs), ...fs);
  reply.cite(defined.definition, ...fs).about(fs[0]!.period);
  reply.derive(label, shown, operands(...fs).join(' + '));
  const terms = fs.map((f) => `- ${title(ask.kb.metrics.get(f.metric)!.label)}: ${figure(f)}`);
  return [`${label} was ${shown} ${when(fs[0]!)}: the sum of the lines its definition lists (line ${defined.definition.citation.line}); the release prints no figure for it then.`, ...terms].join('\n');
}

/**
 * A period the release prints no figure for that it states as a longer span less the rest of it (Q1 as H1
 * less Q2, Q4 as the year less nine months): the difference, both lines cited, or null.
 */
function tiledValue(ask: Ask, id: string, p: Period, reply: Reply): string | null {
  const t = ask.currency === ask.kb.currency || ask.currencyAsked ? tiled(ask.kb, id, periodFor(ask.kb, id, p), ask.currency) : null;
  if (!t) return null;
  const label = title(ask.kb.metrics.get(id)!.label);
  reply.cite(t.whole, t.rest).about(t.fact.period);
  reply.derive(label, figure(t.fact), operands(t.whole, t.rest).join(' − '));
  return `${label} ${verb(label)} ${workedOut(t)}.`;
}

/**
 * A span the release prints no figure for (H1, nine months, the year) that its quarters tile exactly, each
 * printed for the line: their sum, every quarter cited and listed, labelled as that sum; or null.
 */
function summedValue(ask: Ask, id: string, p: Period, reply: Reply): string | null {
  const s = ask.currency === ask.kb.currency || ask.currencyAsked ? summed(ask.kb, id, periodFor(ask.kb, id, p), ask.currency) : null;
  if (!s) return null;
  const label = title(ask.kb.metrics.get(id)!.label);
  const shown = derived(sum(s.parts), ...s.parts);
  reply.cite(...s.parts).about(s.fact.period);
  reply.derive(label, shown, operands(...s.parts).join(' + '));
  const quarters = s.parts.map((f) => periodLabel(f.period)).join(' + ');
  const terms = s.parts.map((f) => `- ${periodLabel(f.period)}: ${figure(f)}`);
  return [`${label} ${verb(label)} ${shown} ${when(s.fact)}, worked out as the sum of its quarters (${quarters}); the release prints no figure for ${periodLabel(s.fact.period)} itself.`, ...terms].join('\n');
}

/** A line the release prints for other periods worked out for this one from the two it is the difference of (formula.ts impliedAt). */
function impliedValue(ask: Ask, id: string, p: Period, reply: Reply): string | null {
  const at = ask.currency === ask.kb.currency ? impliedAt(ask.kb, id, p) : null;
  if (!at) return null;
  const label = title(ask.kb.metrics.get(id)!.label);
  const of = (f: Fact) => `${ask.kb.metrics.get(f.metric)!.label} ${figure(f)}`;
  const shown = derived(amount(at.den).minus(amount(at.less)), at.den, at.less);
  reply.cite(at.den, at.less).about(at.den.period);
  reply.derive(label, shown, operands(at.den, at.less).join(' − '));
  return `${label} ${verb(label)} ${shown} ${when(at.den)}, worked out as ${of(at.den)} less ${of(at.less)}; the release prints no ${label} for ${periodLabel(p)}.`;
}

/**
 * A line asked with no period named that the release gives for other periods than its own (a dividend
 * declared after the quarter on its own day; a solvency ratio measured at mid-year, not at the quarter's
 * end): its latest figure, with its date, rather than "doesn't give it" for the quarter. Only a latest
 * period that stands alone (no other ends that day) and ends within the year before the release's own, the one
 * period a line is given for too.
 */
function latestFigure(ask: Ask, id: string, p: Period) {
  // (Not where the question points to another one than the release's own: "and the prior one?".)
  if (OTHER_ONE.test(ask.topic)) return null;
  const periods = [...new Map(ask.kb.facts.filter((f) => f.metric === id && f.role === 'value').map((f) => [periodLabel(f.period), f.period])).values()];
  const ends = periods.map(periodEnd).sort().reverse();
  const year = `${Number(periodEnd(p).slice(0, 4)) - 1}${periodEnd(p).slice(4)}`;
  const latest = periods.find((x) => periodEnd(x) === ends[0]);
  // (Even the one period a line is given for: a far-off year's figure answers no question naming none.)
  return latest && ends[0] !== ends[1] && ends[0]! > year ? findAsked(ask, id, latest) : null;
}

/**
 * A dividend asked for a release's own period that the release dates by its declaration, after that period
 * ends and before the next one would ("On October 27, 2026, the Board declared a quarterly cash dividend" in
 * a Q3 release): that release's dividend for it, with the date it gives. Never one of another release, nor one
 * the period asked has a figure of its own for (find answers those), nor one of several such dates.
 */
function declaredAfter(ask: Ask, id: string, p: Period) {
  if (!DECLARED.test(ask.kb.metrics.get(id)!.label) || (p.kind === 'duration' && p.months > 3)) return null;
  const [end, next] = [periodEnd(p), periodEnd(shift(p, -3))];
  const own = (f: Fact) => f.period.kind === 'instant' && f.period.date > end && f.period.date <= next && periodEnd(ask.kb.sourceRelease(f)?.quarter ?? p) === end;
  const dates = [...new Set(ask.kb.facts.filter((f) => f.metric === id && f.role === 'value' && own(f)).map((f) => periodEnd(f.period)))];
  if (dates.length !== 1) return null;
  return findAsked(ask, id, { kind: 'instant', date: dates[0]! });
}

/**
 * The figure in the currency asked; asked in none, a line the release gives in one other currency only
 * (a buyback's average price in US$ in an RMB release) is that figure, as given, never "doesn't give".
 */
function findAsked(ask: Ask, id: string, p: Period) {
  const found = find(ask.kb, id, p, ask.currency, true);
  if (found || ask.currencyAsked) return found;
  const given = [...new Set(ask.kb.all(id, periodFor(ask.kb, id, p)).map((f) => currencyOf(f.unit)))];
  return given.length === 1 && given[0] ? find(ask.kb, id, p, given[0], true) : null;
}

/** What the reply could not give: each line it lacks, and how many of those decline as uncitable. */
interface Shortfall {
  missing: string[];
  uncitable: number;
}

/** A ratio the question names by its formula: computed from its lines, or said missing. */
function formulaAsked(ask: Ask, id: string, p: Period, reply: Reply, short: Shortfall): void {
  const lines = linesOfFormula(ask.kb, id);
  const line = lines ? formulaValue(ask, lines, p, reply) : null;
  if (line) reply.say(line);
  else short.missing.push(`${ask.matcher.label(id)} for ${periodLabel(p)}`);
}

/** A line with no figure for the period: a change it states instead, else said missing (or uncitable). */

/** The periods a line is given for, as a clause: none where the release gives it for no period (a change alone). */
const given = (ask: Ask, id: string) => {
  const periods = available(ask.kb, id);
  return periods ? ` (it gives ${periods})` : '';
};
function unfound(ask: Ask, id: string, p: Period, label: string, reply: Reply, short: Shortfall): void {
  const cell = ask.kb.unquotable(id, p);
  if (cell) short.uncitable++;
  // A line the release states only a change of for the period ("comparable store net sales decreased
  // 0.7 percent"): that change, as it states it, not "doesn't give" with no period to offer. A change
  // stated with no period compared with ("comparable store sales decreased 2.9 percent"), when it is
  // the only one, is said as stated, saying so.
  const changes = cell ? [] : ask.kb.all(id, p, 'change');
  const own = changes.find((f) => f.basis) ?? (changes.length === 1 ? changes[0] : undefined);
  if (own) {
    const against = own.basis ? `compared with ${periodLabel(own.basis)}` : '';
    const unnamed = own.basis ? '' : ', naming no period it compares with';
    reply.cite(own).about(own.period).say(`${label} ${when(own)} ${verb(label)} ${statedText(own, against)}${unnamed}; it gives no ${label} figure for it.`);
    return;
  }
  // Never "doesn't give" for a figure the release prints where a citation cannot quote it.
  short.missing.push(cell ? `${label} ${when(cell)} in a form I can cite: it prints it only alone in a table cell (line ${cell.citation.cells?.[0]?.line ?? cell.citation.line}), a line too short to quote` : `${label} for ${periodLabel(periodFor(ask.kb, id, p))}${given(ask, id)}`);
}

/** The figure found for the line: said with its currency, sign and restatement, or declined where it can't be cited. */
function sayFound(ask: Ask, id: string, found: Found, label: string, reply: Reply, short: Shortfall): void {
  const f = found.fact;
  const other = found.usd ? null : otherCurrency(ask, id, f, label);
  // A sentence's rounding of a figure the table prints in a cell too short to quote: said, not answered;
  // so is a figure in another currency than the one asked, with no rate to translate it.
  if (f.rounds || other?.decline) {
    if (f.rounds) short.uncitable++;
    short.missing.push(f.rounds ? `${label} ${when(f)} to the digit in a form I can cite: its text rounds it to ${figure(f)} (line ${f.citation.line}), and the precise figure stands alone in a table cell (line ${f.rounds.cells?.[0]?.line ?? f.rounds.line}), a line too short to quote` : other!.decline!);
    return;
  }
  // Asked as first reported, a figure only later releases print (a comparative column, maybe restated there):
  // what was first reported is in a release not loaded, so it is declined, never the later figure given for it.
  if (ask.modifiers.has('first-reported') && ask.kb.releases.every((r) => periodEnd(r.quarter) > periodEnd(f.period))) {
    short.missing.push(`${label} ${when(f)} as first reported: no release of that period is loaded; ${releaseOf(ask.kb, f)} prints ${figure(f)} for it (line ${f.citation.line}), which may be restated`);
    return;
  }
  reply.cite(f).about(f.period);
  if (found.usd) {
    reply.cite(found.usd.rate).derive(`${label} in USD`, found.usd.text, found.usd.formula);
    const whose = found.usd.own ? '' : `${rateDate(found.usd.rate)}, the rate for its own period, not ${periodLabel(f.period)}'s`;
    reply.say(`${label} ${verb(label)} ${found.usd.text} ${when(f)} (${figure(f)} translated at the release's rate of ${figure(found.usd.rate)}${whose}; the release prints no USD figure for it).`);
    return;
  }
  if (other?.beside) reply.cite(other.beside);
  const usdText = other?.beside ? ` (${figure(other.beside)})` : '';
  // An expense or outflow the table prints in parentheses reads as an amount, said to be one.
  // A two-sided line's figure in parentheses is the side its label puts in them: an amount of that side.
  const side = found.outgoing || !f.value.isNegative() ? undefined : bracketSide(ask.kb.metrics.get(id)!.label);
  const kind = side ?? (/cash|\bpaid\b|repurchas|buy-?back|treasury|\bpurchases? of\b|\brepayments? of\b|\bcapitali[sz]ed\b|\b(?:capital )?expenditures?\b|\bcapex\b|\b(?:additions|payments?) (?:to|for)\b/i.test(label) ? 'an outflow' : /\b(?:debt|borrowings?|liabilit)/i.test(label) ? 'an amount owed' : /\b(?:charges?|exceptional|restructuring|impairments?)\b/i.test(label) ? 'a charge' : 'an expense');
  // Asked as an amount spent ("how much did they spend on buybacks"), a payment in parentheses is that amount; a
  // line that is no payment keeps its sign ("other income used" is no spending: 'spent' reads "used" too).
  const paid = !found.outgoing && !side && f.value.isNegative() && ask.modifiers.has('spent') && paidOut(ask.kb, id);
  // A sentence states the side in words ("a net loss of $2.2 million"), not in parentheses.
  const how = f.source === 'narrative' ? 'as the release states it' : 'printed in parentheses in the release';
  const printed = found.outgoing || side || paid ? ` (${paid ? 'an amount paid out' : kind}, ${how})` : '';
  // A line named for its loss side and printed in parentheses ("Net loss (13,900)") is said as the loss, never "$-13.9 million".
  const loss = !side && !paid && !found.outgoing && f.value.isNegative() && Boolean(lossOf(ask.kb, id, f)?.named);
  const { lead, note } = restatement(ask.kb, side || paid || loss ? { ...f, value: f.value.abs() } : f, reply, ask.modifiers.has('first-reported'));
  // (A declared dividend is dated in its sentence's words, never "as of" a day: declared-wording.ts.)
  const declared = declaredWording(ask.kb, label, f);
  if (declared) reply.cite(declared.sentence);
  reply.say(`${label} ${verb(label)} ${lead}${note && ask.modifiers.has('first-reported') ? '' : usdText}${declared ? declared.words : ` ${when(f)}`}${printed}${note}.${other?.note ?? ''}`);
}

/** One metric for one period: its figure, a margin computed for it, its defined parts' sum, or what is missing. */
function valueAt(ask: Ask, id: string, p: Period, reply: Reply, short: Shortfall): void {
  if (id.startsWith('formula:')) {
    formulaAsked(ask, id, p, reply, short);
    return;
  }
  const label = title(ask.kb.metrics.get(id)!.label);
  const stated = findAsked(ask, id, p);
  const fuller = stated || ask.periodsNamed ? null : fullerLine(ask, id, p);
  if (fuller) {
    valueAt(ask, fuller, p, reply, short);
    return;
  }
  const declared = stated || !ask.periodsNamed ? null : declaredAfter(ask, id, p);
  const found = stated ?? declared ?? (ask.periodsNamed ? null : latestFigure(ask, id, p));
  const computed = found ? null : [...formulaLines(ask.kb).values()].find((x) => x.stated === id);
  const line = computed && ask.currency === ask.kb.currency ? formulaValue(ask, computed, p, reply) : null;
  if (line) {
    reply.say(`${line} The release prints no margin for ${periodLabel(p)}; this one is computed from its amounts.`);
    return;
  }
  const summed = found ? null : (definedSum(ask, id, p, reply) ?? tiledValue(ask, id, p, reply) ?? summedValue(ask, id, p, reply) ?? impliedValue(ask, id, p, reply));
  if (summed) {
    reply.say(summed);
    return;
  }
  if (found) sayFound(ask, id, found, label, reply, short);
  // (Its own date said with it: the release gives no other figure of the line for the period asked.)
  if (declared) reply.say(`The release dates it ${periodLabel(declared.fact.period)}, after the period asked ends (${periodLabel(endOf(p))}), and gives no other ${ask.kb.metrics.get(id)!.label} for ${periodLabel(p)}.`);
  else if (!found) unfound(ask, id, p, label, reply, short);
}

export const value: Handler = (ask): Answer => {
  const reply = new Reply(ask.kb);
  // Figures the release prints but no citation can quote (uncitable): the whole reply declines, saying where they stand.
  const short: Shortfall = { missing: [], uncitable: 0 };
  for (const id of ask.metrics) for (const p of ask.periods) valueAt(ask, id, p, reply, short);
  const { missing, uncitable } = short;
  if (missing.length && (uncitable || missing.length === ask.metrics.length * ask.periods.length)) {
    return unknown(`The release doesn't give ${missing.join('; ')}.`);
  }
  if (missing.length) reply.say(`The release doesn't give ${missing.join('; ')}.`);
  return reply.answer();
};
