// A question's "at the start of <a period>": the period's opening balance (knowledge/period-opening.ts), never the
// period itself, which a filler word "start" left to be answered with its close ("cash at the beginning of fiscal
// 2025" was the year's ending cash). "The beginning of the period" is the release's own period's opening here; in a
// release it is a line's words ("Cash, beginning of period"), so the grammar the releases share does not read it.
import { periodMentions, type PeriodRef } from '../../knowledge/period-grammar.js';
import { openingOf, openingOfOwn } from '../../knowledge/period-opening.js';
import type { Period } from '../../knowledge/period.js';

/** "at the start of", "the beginning of the", "as of the start of": right before a period read (one may hold the "of": "of 2025"). */
const OPENING_BEFORE = /(?:\b(?:at|as\s+(?:of|at))\s+)?(?:\bthe\s+)?\b(?:(?:start|beginning|opening)\s+of|start|beginning)\s+(?:the\s+)?$/i;
/** "(at) the start of the period", "beginning of the reporting period": the release's own period, opened. */
const OWN_OPENED = /\b(?:(?:at|as\s+(?:of|at))\s+)?(?:the\s+)?(?:start|beginning)\s+of\s+the\s+(?:current\s+|reporting\s+|reported\s+)?period\b/gi;

/** The periods a question names, each said after "the start of" made its opening, in the order they stand. */
export function openedPeriods(text: string, c: Period): PeriodRef[] {
  const found = periodMentions(text, c).map((m) => {
    const before = OPENING_BEFORE.exec(text.slice(0, m.start));
    // (A quarter's "beginning of Q1 24" is left as before: a cash-flow line's "beginning of period" column answers it.)
    const quarter = m.ref.kind === 'period' && m.ref.period.kind === 'duration' && m.ref.period.months === 3;
    if (!before || quarter || m.rule.startsWith('start of a period')) return { at: m.start, ref: m.ref };
    const phrase = text.slice(before.index, m.end);
    return { at: before.index, ref: { ...openingOf(m.ref, phrase, c), text: phrase } };
  });
  // (Beside a period named, "at the beginning of the period, three months ended March 31 2023" is that period's line.)
  for (const m of found.length ? [] : text.matchAll(OWN_OPENED)) {
    if (!found.some((f) => f.at <= m.index && f.at + f.ref.text.length > m.index)) found.push({ at: m.index, ref: openingOfOwn(c, m[0]) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.ref);
}
