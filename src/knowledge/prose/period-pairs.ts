// One line's figures for two periods in one sentence: "Capital expenditures were NT$6,480 million in 3Q26 and
// NT$17,950 million for the first nine months of 2026". The second figure has no phrase of its own: it is the
// subject's, of the period stated after it. Unread, it was lost ("capex year to date" declined), and the first
// figure took the period after the second ("$120 million in the quarter and $340 million for the nine months
// ended September 30": the quarter's figure filed as the nine months').
import { periodKey } from '../period.js';
import { unitFor, type Token } from './mentions.js';
import { FigureReader } from './paired.js';
import { clausePeriod } from './periods.js';

/**
 * Between the two figures: the first one's period phrase, then "and" or a list's comma ("in 3Q26 and", "for the quarter, and",
 * "31.4% in 3Q26, 28.9% in 3Q25 and 30.7% in 2Q26").
 */
const OWN_PERIOD_AND = /^\s*(?:in|for|during|over|at|as of|as at)\s[^,;()$\d]*?(?:\d[^,;()$]*?)?(?:,?\s+and\s*|,\s*)$/i;
/** Where the second figure's period phrase ends: its comparison or the next clause. */
const PHRASE_END = /[;(]|,\s+(?:compared|versus|vs\b|up|down|an?\s+(?:increase|decrease)|mainly|primarily|largely|reflecting|driven|due)\b|\b(?:up|down)\s+\d/i;

/**
 * The text after a figure in which its own period is read: where the words up to the next figure state a period
 * and join it by "and" ("in the quarter and $340 million for the nine months"), only those words; else all of `rest`.
 */
export function ownWindow(rest: string, post: string): string {
  return OWN_PERIOD_AND.test(post) && PERIOD_WORD.test(post) ? post : rest;
}

/** A word of a period phrase, where the phrase is the release's own period ("in the quarter"): no date to read. */
const PERIOD_WORD = /\b(?:quarter|period|year|half|months|weeks|q[1-4]|[1-4]q\d{2}|(?:19|20)\d{2})\b/i;

/** The words of a figure's period phrase, up to its comparison or next clause. */
function phraseOf(post: string): string {
  const at = post.search(PHRASE_END);
  return at < 0 ? post : post.slice(0, at);
}

export abstract class PeriodPairReader extends FigureReader {
  /** The subject's figure for another period, after "<its own period> and"; false where the figure is not one. */
  protected again(t: Token, pre: string, post: string): boolean {
    const subject = this.subject;
    if (!subject || this.lastKind !== 'subject' || !this.last || !OWN_PERIOD_AND.test(pre)) return false;
    const first = clausePeriod(pre, this.ctx.current) ?? (PERIOD_WORD.test(pre) ? subject.period : null);
    const other = clausePeriod(phraseOf(post), this.ctx.current);
    if (!first || !other || periodKey(first) !== periodKey(subject.period) || periodKey(other) === periodKey(first)) return false;
    const unit = unitFor(t, subject.label, post);
    if (unit.kind !== this.last.unit.kind) return false;
    this.name(t, { label: subject.label, period: other, unit, role: 'value' }, 'subject');
    this.subject = { ...subject, period: other };
    return true;
  }
}
