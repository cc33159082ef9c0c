// The dates a release gives for a figure it states: "a cash dividend of $0.24 per share. The dividend is
// payable on February 15, 2024 to shareholders of record as of February 12, 2024." Asked beside the
// figure ("when is it payable", "payment date?"), the sentence right after the figure's own, in its
// paragraph, that names a date is quoted: the release's words, never a date the bot composes.
import type { TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Answer, Citation } from '../answer.js';
import { addCitation, citationKey } from '../reply.js';

/** A calendar date as releases print it: "July 26, 2022", "Feb. 15, 2024", "15 February 2024". */
const DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\b/i;

/** The sentence after a cited one, on its line (its paragraph), when it names a date. */
function datedNext(kb: KnowledgeBase, c: Citation): TextFact | null {
  const i = kb.texts.findIndex((t) => t.citation.document === c.document && t.citation.line === c.line && t.citation.quote === c.quote);
  const next = i >= 0 ? kb.texts[i + 1] : undefined;
  return next && next.citation.document === c.document && next.citation.line === c.line && DATE.test(next.text) ? next : null;
}

/** An answer with the dates its figures' own paragraphs give for them, each quoted and cited. */
export function withDates(kb: KnowledgeBase, a: Answer): Answer {
  if (a.status !== 'answer') return a;
  const dated = [...new Map(a.citations.flatMap((c) => datedNext(kb, c) ?? []).map((t) => [citationKey(t.citation), t])).values()];
  if (!dated.length) return a;
  const citations = new Map(a.citations.map((c) => [citationKey(c), c]));
  for (const t of dated) addCitation(citations, t.citation);
  const said = dated.map((t) => `“${t.text}” (line ${t.citation.line})`);
  return { ...a, text: [a.text, ...said].join('\n'), citations: [...citations.values()].sort((x, y) => x.line - y.line) };
}
