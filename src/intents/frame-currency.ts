// A frame's currency checks (frame.ts FRAME_CHECKS): a line whose name says another currency than the one asked
// or reported, and changes asked in a currency the release does not report in.
import { currencyIn } from '../knowledge/currencies.js';
import { currencyOf, type Currency } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { periodLabel } from '../knowledge/period.js';
import type { Answer } from './answer.js';
import type { Checked } from './frame.js';
import { unknown } from './reply.js';

/** A money line chosen whose label names a currency other than the frame's, and that currency. */
export const otherNamed = (c: Checked): { id: string; code: string } | null =>
  c.frame.metrics.map((id) => ({ id, code: c.lex.kindOf(id) === 'money' ? currencyIn(c.lex.matcher.label(id)) : null })).find((x): x is { id: string; code: string } => x.code !== null && x.code !== c.frame.currency) ?? null;

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
