// A figure in a forward-looking sentence dated at a point by the words right after it ("Based on ... the order
// backlog of EUR 4.870,3 million at 30 June 2026, the Executive Board raises its revenue forecast"): a balance
// at a date already reported, whatever period the sentence looks ahead to. Its date is its period, never the year guided.
import { periodEnd, type Period } from '../period.js';
import { notAFigure, tokens, type Token } from './mentions.js';
import { prosePeriods } from './periods.js';

/** The date on or before the release's own period end that the words after the figure `t` date it at, or null. */
export function datedAt(text: string, t: Token, release: Period): Period | null {
  const after = text.slice(t.end);
  const at = /^\s*(?:million|billion|thousand|bn|mn|m)?\s*(?:at|as at|as of|on)\s+/i.exec(after);
  if (!at) return null;
  const date = prosePeriods(after, release).find((p) => p.start === at[0].length && !p.relative)?.period;
  return date?.kind === 'instant' && periodEnd(date) <= periodEnd(release) ? date : null;
}

/** Whether a clause's every figure is dated at such a date: a clause of balances already reported, read as results, never guidance. */
export function allDatedAt(text: string, release: Period): boolean {
  const figures = tokens(text).filter((t) => !notAFigure(text, t));
  return figures.length > 0 && figures.every((t) => datedAt(text, t, release));
}
