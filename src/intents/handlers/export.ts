// "export", "export revenue lines", "download the Q1 2024 figures as CSV": the release's facts as a CSV
// file the adapters attach (Slack uploads it, Discord attaches it, the terminal saves it). Filtered by
// the lines named, each with the lines under it, and by the periods named; the rows carry their own
// citations (document, line, quote), so the answer's text gives no figure.
import type { Fact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { endOf, periodLabel, samePeriod } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import { companyOf } from '../chart.js';
import { exportRow, fileSlug, toCsv } from '../export.js';
import type { Ask } from '../frame.js';
import { inline, unknown, type Handler } from '../reply.js';

/** A line and every line under it. */
function withParts(kb: KnowledgeBase, id: string): string[] {
  return [id, ...(kb.metrics.get(id)?.children ?? []).flatMap((c) => withParts(kb, c))];
}

function chosen(ask: Ask): Fact[] {
  const ids = new Set(ask.metrics.flatMap((id) => withParts(ask.kb, id)));
  const inPeriod = (f: Fact) => !ask.periodsNamed || ask.periods.some((p) => samePeriod(f.period, p) || samePeriod(f.period, endOf(p)));
  return ask.kb.facts.filter((f) => (!ids.size || ids.has(f.metric)) && inPeriod(f));
}

export const exportFacts: Handler = (ask): Answer => {
  const facts = chosen(ask);
  const what = [ask.metrics.map((id) => inline(ask.kb.metrics.get(id)?.label ?? id)).join(', '), ask.periodsNamed ? ask.periods.map(periodLabel).join(', ') : ''].filter(Boolean).join(', ');
  if (!facts.length) return unknown(`The release has no figures of ${what || 'that'} to export.`, 'not-in-release');
  const company = companyOf(ask.kb, facts[0]!);
  const name = `${fileSlug([company, what || 'all', 'facts'].join(' '), 60)}.csv`;
  const documents = [...new Set(facts.map((f) => f.citation.document))].length;
  return {
    status: 'answer',
    text: `${facts.length} figures of ${company}${what ? ` (${what})` : ''} from ${documents === 1 ? 'its release' : `${documents} releases`}, as CSV: ${name}. Each row gives the value as printed with its unit, scale, currency and period, and the document, line and quote it is from.`,
    citations: [],
    derivations: [],
    choices: [],
    file: { name, mime: 'text/csv', content: toCsv(facts.map((f) => exportRow(ask.kb, f))) },
  };
};
