// The dates a release gives for a figure it states: "a cash dividend of $0.24 per share. The dividend is
// payable on February 15, 2024 to shareholders of record as of February 12, 2024." Asked beside the
// figure ("when is it payable", "payment date?"), the sentence right after the figure's own, in its
// paragraph, that names a date is quoted: the release's words, never a date the bot composes.
import type { TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Answer, Citation } from '../answer.js';
import { addCitation, asSaid, citationKey, unknown } from '../reply.js';

/** A calendar date as releases print it: "July 26, 2022", "Feb. 15, 2024", "15 February 2024". */
export const DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}\b/i;

/** The cited sentence itself when it names a date ("$0.22 per share, payable on November 14"), else the next one on its line (its paragraph) that does. */
function datedNext(kb: KnowledgeBase, c: Citation): TextFact | null {
  const i = kb.texts.findIndex((t) => t.citation.document === c.document && t.citation.line === c.line && t.citation.quote === c.quote);
  const own = kb.texts.slice(Math.max(i, 0), i >= 0 ? i + 2 : 0).filter((t) => t.citation.document === c.document && t.citation.line === c.line);
  return own.find((t) => DATE.test(t.text)) ?? null;
}

/** An answer with the dates its figures' own paragraphs give for them, each quoted and cited. */
export function withDates(kb: KnowledgeBase, a: Answer): Answer {
  if (a.status !== 'answer') return a;
  const dated = [...new Map(a.citations.flatMap((c) => datedNext(kb, c) ?? []).map((t) => [citationKey(t.citation), t])).values()];
  // (The date was the question: a figure alone would answer another one.)
  if (!dated.length) return unknown('The release gives no date beside that figure, so I give none.');
  const citations = new Map(a.citations.map((c) => [citationKey(c), c]));
  for (const t of dated) addCitation(citations, t.citation);
  const said = dated.map((t) => asSaid(t));
  return { ...a, text: [a.text, ...said].join('\n'), citations: [...citations.values()].sort((x, y) => x.line - y.line) };
}
