// "EBITDA excluding the land sale gain": an item no line of the tables is, but one sentence of the release states
// as an amount ("a R$ 6.9 million gain on the sale of non-operating land ... in 3Q26"). The line less a gain, or
// plus a charge, with both cited and the arithmetic shown; a line of the release that prints that very figure
// (the sentence's "Adjusted EBITDA") is named and cited. One sentence naming every word of the item, one amount
// in it, its kind (gain or charge) and the period asked: short of that, null, and the caller declines.
import type { Decimal } from 'decimal.js';
import { amount, currencyOf, type Fact, type TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { periodMentions } from '../../knowledge/period-grammar.js';
import { resolveRef } from '../../knowledge/period-resolvers.js';
import { periodKey, type Period } from '../../knowledge/period.js';
import { tokens, type Token } from '../../knowledge/prose/mentions.js';
import type { Answer } from '../answer.js';
import { derived, figure, when } from '../format.js';
import { find } from '../lookup.js';
import { Reply, title, unknown } from '../reply.js';

/** Words of the item that name nothing: the exclusion's own words and articles. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'on', 'from', 'for', 'in', 'and', 'excluding', 'exclude', 'excludes', 'ex', 'without', 'less', 'minus', 'stripping', 'out', 'one-off', 'its', 'their']);
// Taken out of a line, a gain lowers it and a charge raises it; an item of neither kind has no side to take.
const GAIN = /^(?:gains?|income|benefits?|profits?)$/i;
const CHARGE = /^(?:loss(?:es)?|charges?|expenses?|costs?|impairments?|write-?(?:downs?|offs?))$/i;

const itemWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((w) => w.length > 1 && !FILLER.has(w));
const says = (sentence: string, word: string) => new RegExp(`\\b${word.replace(/s$/, '')}s?\\b`, 'i').test(sentence);

/** The one amount of money the sentence states, and the kind word that follows it (within a few words). */
function statedAmount(t: TextFact): { token: Token; sign: 1 | -1 } | null {
  const money = tokens(t.text).filter((k) => k.currency && !k.percent);
  if (money.length !== 1) return null;
  const after = t.text.slice(money[0]!.end).trim().split(/\s+/).slice(0, 4);
  const kind = after.find((w) => GAIN.test(w) || CHARGE.test(w));
  return kind ? { token: money[0]!, sign: GAIN.test(kind) ? -1 : 1 } : null;
}

/** Whether every period the sentence names is the one asked (and it names one). */
function ofPeriod(kb: KnowledgeBase, t: TextFact, p: Period): boolean {
  const named = periodMentions(t.text, kb.quarter).map((m) => resolveRef(m.ref, kb.quarter));
  return named.length > 0 && named.every((x) => x !== null && periodKey(kb.ownPeriod(x)) === periodKey(p));
}

/** A line whose label the sentence names that prints exactly the result for the period: the release's own figure for it. */
function printedAs(kb: KnowledgeBase, t: TextFact, p: Period, result: Decimal, currency: string): Fact | undefined {
  const named = [...kb.metrics.values()].filter((m) => t.text.toLowerCase().includes(m.label.toLowerCase()));
  return named.map((m) => find(kb, m.id, p, currency)?.fact).find((f): f is Fact => !!f && amount(f).equals(result));
}

/** The line with the stated item taken out (declined where no line prints the result), or null where the item, its amount, its kind or its period is not certain. */
export function statedItem(kb: KnowledgeBase, metric: string, p: Period, itemText: string): Answer | null {
  const words = itemWords(itemText);
  const line = find(kb, metric, p, kb.currency)?.fact;
  const currency = line && currencyOf(line.unit);
  if (!words.length || !line || line.unit.kind !== 'money' || !currency) return null;
  const sentences = [...new Map(kb.texts.filter((t) => words.every((w) => says(t.text, w))).map((t) => [t.text, t])).values()];
  const t = sentences.length === 1 ? sentences[0]! : null;
  const stated = t && statedAmount(t);
  if (!t || !stated || stated.token.currency !== currency || !ofPeriod(kb, t, p)) return null;
  const item: Fact = { ...line, value: stated.token.value, decimals: stated.token.decimals, unit: { ...line.unit, scale: stated.token.scale }, source: 'narrative', citation: t.citation };
  const result = amount(line).plus(amount(item).times(stated.sign));
  const label = title(kb.metrics.get(metric)!.label);
  const named = `${figure(item)} ${t.text.slice(stated.token.end).trim().replace(/[,;].*$|\.$/, '')} (line ${t.citation.line})`;
  // Only where a line of the release prints the result: a sentence's item need not be a part of every line asked.
  const own = printedAs(kb, t, p, result, currency);
  if (!own) return unknown(`The release states the ${named}, but prints no line that is ${label} without it, so I can't tell it is a part of ${label} to take out.`, 'not-in-release');
  const shown = derived(result, line, item);
  const reply = new Reply(kb).cite(line, item, own).about(line.period);
  reply.derive(`${label} excluding the item`, shown, `${figure(line)} ${stated.sign < 0 ? '−' : '+'} ${figure(item)}`);
  return reply.say(`${label} excluding the ${named} was ${shown} ${when(line)}: ${figure(line)} ${stated.sign < 0 ? 'less' : 'plus'} ${figure(item)}, which is the release's ${kb.metrics.get(own.metric)!.label} (${figure(own)}).`).answer();
}
