// A frame's currency checks (frame.ts FRAME_CHECKS): a line whose name says another currency than the one asked
// or reported, and changes asked in a currency the release does not report in.
import { currencyIn } from '../knowledge/currencies.js';
import { currencyOf, type Currency } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { periodLabel } from '../knowledge/period.js';
import type { Answer } from './answer.js';
import type { Checked } from './frame.js';
import { unknown } from './reply.js';

/**
 * A money line chosen whose label names a currency other than the frame's, and that currency. (A price or cost per thing
 * printed in its market's currency, "Copper C1 cash cost (US$/lb)" in an A$ release, is that line's own unit: asked in no
 * currency, it is answered as printed.)
 */
export const otherNamed = (c: Checked): { id: string; code: string } | null =>
  c.frame.metrics.map((id) => ({ id, code: c.lex.kindOf(id) === 'money' && !(!c.frame.currencyAsked && perThingLabel(c.lex.matcher.label(id))) ? currencyIn(c.lex.matcher.label(id)) : null })).find((x): x is { id: string; code: string } => x.code !== null && x.code !== c.frame.currency) ?? null;
/** Whether a label (or a row's quote) states a unit of money per thing: "(US$/lb)", "A$/oz". */
export const perThingLabel = (label: string): boolean => /(?:^|[\s(])[A-Z]{0,3}\$\s*\/\s*[a-z]{1,6}\b/i.test(label);

/**
 * Changes in a currency the release does not report in, named from the release itself: its own currency,
 * and the period it translates into the one asked, where it translates any ("US$ figures only for Q1 2024").
 */
export function otherCurrencyChange(kb: KnowledgeBase, asked: Currency, summary: boolean): Answer {
  const changes = summary ? 'its summary, with changes, is' : 'changes are';
  const translated = kb.facts.some((f) => currencyOf(f.unit) === asked);
  const gives = translated ? `gives ${asked} figures only for ${periodLabel(kb.quarter)}` : `reports in ${kb.currency} and gives no ${asked} figures`;
  const single = translated ? ` Ask for a single figure in ${asked}.` : '';
  return unknown(`The release ${gives}, so ${changes} in ${kb.currency}; a percentage change is the same in any currency.${single}`);
}
