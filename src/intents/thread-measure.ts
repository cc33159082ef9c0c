// A follow-up naming only another line ("and C&H?") after a turn that asked a measure of a line ("food lfl?",
// "organic growth in Automation"): the measure carries to the line named, its like-for-like or organic line, or
// the bot declines naming that measure; never the plain line (C&H's revenue for its like-for-like sales).
import type { Answer } from './answer.js';
import type { Turn } from './context.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import { FOLLOW_UP } from './recognisers/operations.js';
import { unknown } from './reply.js';
import { normalise } from './text.js';
import { basisOnly } from './other-basis.js';

/** Words that make a line one measure of another: a retailer's like-for-like or comparable sales, organic growth, underlying, at constant currency. */
const MEASURE = /\b(?:like[- ]for[- ]like|organic|comparable|underlying|constant[- ]currency)\b/i;

/** The words of a line's name that say which line it is: no measure word, no filler. */
const nameWords = (lex: Lexicon, label: string) => lex.rename(label.toLowerCase()).replace(new RegExp(MEASURE.source, 'gi'), ' ').split(/[^a-z0-9&]+/).filter((w) => w.length > 1 && !/^(?:and|of|the|sales|revenue|growth)$/.test(w));

/** The measure the thread's last turn asked: its lines' labels say it, else the question it declined does. */
function measureOf(lex: Lexicon, last: Turn): string | null {
  const said = [...last.metrics.map((id) => lex.matcher.label(id)), normalise(last.declined ?? '')];
  const found = said.map((t) => MEASURE.exec(t)?.[0]).find(Boolean);
  return found ? found.toLowerCase().replace(/\s+/g, '-') : null;
}

/**
 * The lines a measure follow-up asks: each named line's line of the thread's measure (all of its name's words,
 * the measure's word, one such line), else a decline naming it; null where the follow-up is no such question
 * (it names a measure itself, or lines already of the measure, or the thread asked none).
 */
export function measureCarried(lex: Lexicon, last: Turn | undefined, intent: Intent, ids: string[]): string[] | Answer | null {
  const basis = basisOnly(intent.text);
  if (last?.metrics.length && basis) return ofMeasure(lex, basis.replace(/\s+/g, '-'), last.metrics, 'You asked') ?? last.metrics;
  if (last && !ids.length) return measureAsked(lex, last, intent);
  if (!last || !FOLLOW_UP.test(intent.text) || MEASURE.test(normalise(intent.text))) return null;
  const measure = measureOf(lex, last);
  return measure ? ofMeasure(lex, measure, ids, 'The thread asked') : null;
}

/**
 * A follow-up naming a measure and no line ("and YTD LFL?" after revenue): the thread's lines on that measure, or a
 * decline naming it; never the thread's plain line with the measure dropped (revenue for its like-for-like sales).
 */
function measureAsked(lex: Lexicon, last: Turn, intent: Intent): string[] | Answer | null {
  const said = MEASURE.exec(normalise(intent.text));
  if (!said || !last.metrics.length || last.declined) return null;
  return ofMeasure(lex, said[0].toLowerCase().replace(/\s+/g, '-'), last.metrics, 'You asked');
}

/** Each line's line of a measure (its name's words and the measure's; the top line, revenue or sales, the measure's one line of sales), else a decline. */
function ofMeasure(lex: Lexicon, measure: string, ids: string[], who: string): string[] | Answer | null {
  const isOf = (id: string) => new RegExp(measure.replace(/-/g, '[- ]'), 'i').test(lex.matcher.label(id));
  if (ids.every(isOf)) return null;
  const lines = ids.map((id) => {
    if (isOf(id)) return id;
    const own = nameWords(lex, lex.matcher.label(id));
    const named = (label: string) => (own.length ? own.every((w) => nameWords(lex, label).includes(w)) : TOP_LINE.test(label) && TOP_LINE.test(lex.matcher.label(id)));
    const fits = [...lex.kb.metrics.values()].filter((m) => isOf(m.id) && named(m.label));
    return fits.length === 1 ? fits[0]!.id : null;
  });
  const missing = ids.filter((_id, k) => !lines[k]);
  if (!missing.length) return lines as string[];
  const names = missing.map((id) => lex.matcher.label(id)).join(', ');
  return unknown(`${who} ${measure} figures; the release gives no ${measure} figure for ${names} that I could find, so I give none (its other figures are no ${measure} one). Ask for "${names}" alone for the line as printed.`, 'not-in-release');
}

/** A top line's name: its sales or revenue, which a retailer's like-for-like sales measure. */
const TOP_LINE = /\b(?:sales|revenues?|turnover)\b/i;
