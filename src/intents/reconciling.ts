// "What'd they back out to get there" after adjusted EPS, "what do they add back to get adj net income", "what's
// excluded from non-GAAP": the reconciling items of an adjusted (non-GAAP) line, read off the release's reconciliation
// (the rows between its GAAP starting line and the adjusted total), each cited, where start plus items is exactly the
// total as printed; short of that exact identity, nothing is answered this way. Such a question had been read as the
// adjusted line asked again, and the reply repeated its figure. "Tax rate they used on it?" in a thread about an
// adjustment asks for the rate the release states for the adjustments' tax effect, quoted; where it states none the bot
// says so, never answering another rate (the effective tax rate is a different measure).
import { amount, type Currency, type Fact, type TextFact } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { periodKey, type Period } from '../knowledge/period.js';
import type { Answer } from './answer.js';
import type { Turn } from './context.js';
import { figure, when } from './format.js';
import { oneAfterAnother } from './handlers/index.js';
import type { Intent } from './recognisers/index.js';
import type { MetricMatch } from './recognisers/metrics.js';
import { inline, Reply, title, unknown } from './reply.js';

export interface AskRule {
  name: string;
  pattern: RegExp;
}

/** Questions asking what an adjusted line leaves out of, or adds to, its GAAP starting line. */
export const RECONCILING_RULES: AskRule[] = [
  {
    name: '"what did they back out / add back / exclude / adjust for (to get there)"',
    pattern: /\bwhat(?:['’]?s|['’]?d| is| are| was| were| did| do| does| have)?\s+(?:(?:they|the company|management|it|you)\s+)?(?:back(?:ed)?\s+out|add(?:ed)?\s+back|exclude[sd]?|excluded|adjust(?:ed)?\s+for|adjusted\s+out|strip(?:ped)?\s+out|take\s+out|took\s+out|taken\s+out|leave\s+out|left\s+out)\b/i,
  },
  { name: '"what are the adjustments / reconciling items / add-backs"', pattern: /\b(?:what|which)\s+(?:are|were)\s+the\s+(?:adjustments|reconciling\s+items|add-?backs)\b/i },
  // (One adjustment asked of the basis, not of a line: every adjusted line's, each read off its reconciliation.)
  { name: '"what\'s the non-GAAP adjustment", "what was the adjustment"', pattern: /\bwhat(?:['’]?s| is| was)\s+the\s+(?:(?:non-gaap|adjusted)\s+)?(?:adjustment|reconciling\s+item|add-?back)\b(?!\s+(?:to|of|for|in|on)\b)/i },
];

/** "Tax rate they used on it?", "what rate did they tax-effect it at": the rate applied to the adjustments. */
const TAX_RATE = /\btax(?:[-\s]effect\w*)?\s+(?:rate|at)\b|\brate\b.*\btax/i;
/** Words saying the rate is the one applied to what the thread showed, not the line's own ("used", "on it"). */
const APPLIED = /\b(?:used|use|applied|apply|appl(?:y|ies)|on (?:it|them|that|those|these|the adjustments?|the items?))\b/i;
/** A line on the adjusted basis. */
const ADJUSTED = /\b(?:non-gaap|adjusted)\b/i;

export const asksReconciling = (text: string) => RECONCILING_RULES.some((r) => r.pattern.test(text));

interface Reconciliation {
  line: Fact;
  start: Fact;
  items: Fact[];
  total: Fact;
}

const isMoney = (f: Fact) => f.unit.kind === 'money';
const adjusted = (kb: KnowledgeBase, id: string) => ADJUSTED.test(kb.metrics.get(id)?.label ?? '');

/** The reconciliation of one adjusted line at a period: rows above its adjusted money total back to the start that adds up. */
function reconciliation(kb: KnowledgeBase, id: string, p: Period, currency: Currency): Reconciliation | null {
  const at = kb.facts.filter((f) => f.role === 'value' && f.source === 'table' && periodKey(f.period) === periodKey(p) && (!('currency' in f.unit) || f.unit.currency === currency));
  for (const line of at.filter((f) => f.metric === id)) {
    const rows = at.filter((f) => f.citation.document === line.citation.document && f.statement === line.statement && f.citation.line <= line.citation.line && (!isMoney(line) || f.unit.kind === 'money')).sort((a, b) => a.citation.line - b.citation.line);
    const t = rows.map((f) => isMoney(f) && adjusted(kb, f.metric)).lastIndexOf(true);
    const total = rows[t];
    if (!total || (isMoney(line) && total !== line)) continue;
    const money = rows.slice(0, t).filter(isMoney);
    for (let k = money.length - 2; k >= 0 && !adjusted(kb, money[k]!.metric); k--) {
      const items = money.slice(k + 1);
      if (items.some((f) => adjusted(kb, f.metric))) break;
      const sum = items.reduce((s, f) => s.plus(amount(f)), amount(money[k]!));
      if (sum.equals(amount(total))) return { line, start: money[k]!, items, total };
    }
  }
  return null;
}

const label = (kb: KnowledgeBase, f: Fact) => kb.metrics.get(f.metric)?.label ?? f.label;

/** One reconciliation said: the items, each with its figure, and the arithmetic as printed. */
function said(kb: KnowledgeBase, r: Reconciliation): Answer {
  const { line, start, items, total } = r;
  const signed = (f: Fact) => `${f.value.isNegative() ? '−' : '+'} ${figure({ ...f, value: f.value.abs() })}`;
  const via = line === total ? ':' : ` (${figure(line)} ${when(line)}) is worked from ${inline(label(kb, total))}, and`;
  return new Reply(kb)
    .cite(line, start, ...items, total)
    .about(total.period)
    .say(`${title(label(kb, line))}${via} the release's reconciliation gets there from ${inline(label(kb, start))} by these items ${when(total)}:`)
    .say(items.map((f) => `- ${title(label(kb, f))}: ${figure(f)}`).join('\n'))
    .say(`How: ${figure(start)} ${items.map(signed).join(' ')} = ${figure(total)}, ${inline(label(kb, total))}, as the reconciliation prints it.`)
    .answer();
}

/** The adjusted lines a question is about: those it names, else the thread's, else (naming the basis alone) every one reconciled. */
function linesAsked(kb: KnowledgeBase, intent: Intent, last: Turn | undefined): string[] {
  const named = intent.metrics.flatMap((m) => m.ids).filter((id) => adjusted(kb, id));
  if (named.length) return [...new Set(named)];
  if (intent.metrics.length) return [];
  const thread = (last?.metrics ?? []).filter((id) => adjusted(kb, id));
  if (thread.length) return thread.slice(0, 1);
  // ("What's the adjustment", "the adjustments": the basis named by its adjustments.)
  return ADJUSTED.test(intent.text) || /\badjustments?\b/i.test(intent.text) ? [...kb.metrics.values()].filter((m) => adjusted(kb, m.id)).map((m) => m.id) : [];
}

/** The reconciling items asked, with the turn the thread keeps; null where the question is not one or no reconciliation adds up. */
export function reconcilingItems(kb: KnowledgeBase, intent: Intent, last: Turn | undefined, p: Period): { answer: Answer; turn: Turn } | null {
  if (!asksReconciling(intent.text)) return null;
  const currency = intent.currency ?? last?.currency ?? kb.currency;
  const found = linesAsked(kb, intent, last).map((id) => reconciliation(kb, id, p, currency)).filter((r): r is Reconciliation => r !== null);
  // (One reconciliation per adjusted total: adjusted EPS named beside adjusted net income says it once.)
  const once = found.filter((r, k) => found.findIndex((o) => o.total === r.total) === k);
  if (!once.length) return null;
  // (The thread keeps the adjusted line: "in USD?", "a year ago?" ask it again.)
  const turn: Turn = { op: 'value', metrics: [once[0]!.line.metric], periods: [p], periodsNamed: Boolean(last?.periodsNamed), basis: null, currency, earlier: last?.metrics ?? [], choices: [], reconciled: once[0]!.line.metric };
  return { answer: oneAfterAnother(once.map((r) => said(kb, r))), turn };
}

/** Sentences stating a rate for the adjustments' tax effect ("net of the related tax effect calculated at ... 25%"). */
const statesTaxRate = (t: TextFact) => /\btax\b/i.test(t.text) && /\d(?:\.\d+)?\s*%/.test(t.text) && /\b(?:adjust\w*|non-gaap|exclud\w*)\b/i.test(t.text) && /\btax (?:effect|impact|benefit|expense)s?\b/i.test(t.text);

/** "Tax rate they used on it?" in a thread about an adjustment: the rate stated for its tax effect, quoted, or a decline naming it. */
export function adjustmentTaxRate(kb: KnowledgeBase, intent: Intent, last: Turn | undefined): Answer | null {
  // (A line named other than a tax line, "tax rate on adjusted net income" aside, asks of that line.)
  const other = (m: MetricMatch) => !/\btax\b/i.test(m.name) && m.ids.some((id) => !adjusted(kb, id));
  if (!last || !TAX_RATE.test(intent.text) || intent.metrics.some(other)) return null;
  const about = last.reconciled !== undefined || (APPLIED.test(intent.text) && last.metrics.some((id) => adjusted(kb, id)));
  if (!about) return null;
  const stated = kb.texts.filter(statesTaxRate);
  if (!stated.length) return unknown("The release states no rate for the tax effect of its non-GAAP adjustments, so I can't say which rate they used; the effective tax rate is a different measure.", 'not-in-release');
  const figures = kb.facts.filter((f) => f.unit.kind === 'percent' && f.source === 'narrative' && stated.some((t) => t.citation.document === f.citation.document && [t.citation, ...(t.continued ?? [])].some((c) => c.line === f.citation.line)));
  return new Reply(kb)
    .cite(...stated, ...figures)
    .say(`The release states the rate for the tax effect of its adjustments: "${stated.map((t) => t.text).join(' ')}"`)
    .answer();
}

/** What the thread's adjustment is asked: its reconciling items (the turn kept), or the rate of its tax effect. */
export function adjustmentAsked(kb: KnowledgeBase, intent: Intent, last: Turn | undefined, p: Period): { answer: Answer; turn?: Turn } | null {
  const rate = adjustmentTaxRate(kb, intent, last);
  return rate ? { answer: rate } : reconcilingItems(kb, intent, last, p);
}
