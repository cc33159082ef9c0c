// Words tied to metrics: definitions (footnotes, "X represents ...", acronyms), stated reasons for a
// change ("primarily due to ..."), and every other sentence as a citable statement.
import type { TextBlock } from './blocks.js';
import { lineAt } from './blocks.js';
import { markedLines } from './marks.js';
import { sentenceCitation, type Citation } from './citation.js';
import { MIN_QUOTE } from './kb.js';
import type { TextFact } from './fact.js';
import { quoteOf, stripMarkup } from './markup.js';
import { sentences } from './narrative.js';
import type { Metric } from './release.js';
import { slug } from './labels.js';
import { labelIndex, mostSimilar, type LabelIndex } from './label-index.js';
import { definedAbbreviations } from './abbreviations.js';
import { linesOf, reasonCue, reasonLines } from './reasons.js';
import { termNames } from './term-leads.js';

/** What an outlook "reflects" is management's view, not the reason for a change: an outlook word before the cause. */
const OUTLOOK = /\b(?:outlook|expects?|preliminary|forward-looking)\b/i;
const DEFINES = /^["“]?([^"”]{2,80}?)["”]?\s+(?:refers to|is defined as|represents|is equal to|means|is an?)\b/i;
/**
 * A quoted term with the scope of its definition before the verb ('"Repeat borrower contribution" for a given period
 * refers to ...', '"Churn", in any month, means ...'): the term is what the quotes hold, not the footnote's line.
 */
const SCOPED = /^["“]([^"”]{2,80})["”],?\s+(?:for|in|at|as of|during|over)\s+[^"”.;,]{1,40}?,?\s+(?:refers to|is defined as|represents|is equal to|means)\b/i;
/**
 * A measure defined by its formula, anywhere in a paragraph that defines several: "The leverage ratio is net
 * debt divided by EBITDA", "Core FFO is FFO excluding transaction costs", "X is calculated as ...", or by what it leaves
 * out: "The underlying combined ratio excludes catastrophe losses". A sentence
 * with an amount or a percentage states a figure, not a definition.
 */
const FORMULA = /^(?:the\s+)?["“]?([^"”,;]{2,60}?)["”]?\s+(?:exclude[sd]?\s+(?=[a-z])|(?:is|are)\s+(?:(?:calculated|computed|determined|measured|derived)\s+(?:as|by)\b|(?=[^.;]*\b(?:divided by|excluding|excludes|plus|less|minus|the sum of|the ratio of|net of|adjusted for|multiplied by)\b)))/i;
/** A measure defined by an equation, as a footnote writes it: "EBITDA = profit before tax + finance costs + ...". */
const EQUATION = /^(?:the\s+)?["“]?([A-Za-z][^"”=,;:]{1,58}?)["”]?\s*=\s*(?=[a-z(])(?=[^.;]*[a-z]{3})/i;
const FIGURE = /[$€£¥₹%]|\b\d[\d,.]*\s*(?:million|billion|percent)\b/i;
/** "Take rate, defined as fee income divided by TPV, was 1.06%": defined in passing, beside its figure. */
const DEFINED_AS = /^(?:the\s+)?["“]?([^"”,;]{2,60}?)["”]?,\s+(?:defined|calculated|computed|measured)\s+as\b/i;
/** Under a heading of definitions ("Definitions", "Glossary"), an item that leads with its term and a colon ("1. **Churn**: ..."). */
const GLOSSARY = /\b(?:definitions?|glossary)\b/i;
const TERM_COLON = /^["“]?([^"”:.;]{2,60}?)["”]?\s*:\s+\S/;
/** A term spelled out with its abbreviation, then what it is: "Annual recurring revenue (ARR) is the annualized value ...", "AISC (all-in sustaining cost) per ounce comprises ...". */
const SPELLED_IS = /^(?:the\s+)?([A-Z][^()".;:]{0,60}?\s*\([^()]{2,40}\)(?:\s+[a-z][\w-]*){0,3}?)\s+(?:is|are|comprises?|consists? of|includes?|measures?)\s/;
/** A measure said to be a measure of something: "ARR is the annualized value of subscription contracts in effect ...". */
const MEASURE_OF = /^(?:the\s+)?["“]?([^"”,;]{2,60}?)["”]?\s+(?:is|are)\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?(?:value|sum|total|amount|number|count|ratio|percentage|proportion|measure|portion|rate)\s+of\b/i;
/** A measure the issuer says it defines: "The Company defines EBITDA as operating profit plus depreciation and amortization". */
const ISSUER_DEFINES = /^(?:the\s+(?:company|group)|we|management)\s+defines?\s+["“]?([^"”,;]{2,60}?)["”]?\s+as\b/i;
const defines = (text: string, section = '') => DEFINES.exec(text) ?? SCOPED.exec(text) ?? DEFINED_AS.exec(text) ?? ISSUER_DEFINES.exec(text) ?? (FIGURE.test(text) ? null : (FORMULA.exec(text) ?? EQUATION.exec(text) ?? SPELLED_IS.exec(text) ?? MEASURE_OF.exec(text))) ?? (GLOSSARY.test(section) ? TERM_COLON.exec(text) : null);
const ACRONYM = /([A-Z][A-Za-z-]+(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][A-Za-z-]+){1,6})\s+\(["“]([A-Z][A-Za-z0-9-]{1,10})["”]\)/g;

/** The release's lines as the text reader looks them up: by id, by label's slug, and in the label index. */
interface Lines {
  metrics: Map<string, Metric>;
  labelToMetric: Map<string, string>;
  labels: LabelIndex;
}

/** The metric a phrase names: an exact id, else the most similar label (at least 0.6). */
function metricFor(phrase: string, { metrics, labelToMetric, labels }: Lines): string | undefined {
  const direct = labelToMetric.get(slug(phrase)) ?? (metrics.has(slug(phrase)) ? slug(phrase) : undefined);
  return direct ?? mostSimilar(labels, phrase);
}

/** The metric a defined term names, by the first of its names that names one ("Adjusted funds from operations (AFFO)": the line "AFFO"). */
function termMetric(term: string, known: Lines): string | undefined {
  for (const name of termNames(term)) {
    const metric = metricFor(name, known);
    if (metric) return metric;
  }
  return undefined;
}

/** Officers' titles as releases abbreviate them ("President and CEO"). */
const OFFICERS: Record<string, string> = { CEO: 'Chief Executive Officer', CFO: 'Chief Financial Officer', COO: 'Chief Operating Officer' };

/** Words that make a paragraph naming an officer that officer's words: a quote, or a verb of saying. */
const SAYS = /["“”]|\b(?:said|says|commented|comments|stated|states|added|adds|noted|notes|remarked|explained|explains)\b/;

/** The title a paragraph names its speaker by: a chief officer's before a chairman's or president's ("President and CEO" is the CEO). */
function speakerTitle(text: string): string | undefined {
  // (A paragraph that names a title without saying anything is no one's words: a sign-off, "appointed as CFO".)
  if (!SAYS.test(text)) return undefined;
  const chief = /\b(Chief [A-Z][a-z]+ Officer|CEO|CFO|COO)\b/.exec(text)?.[1];
  if (chief) return OFFICERS[chief] ?? chief;
  return /\b(Chairman|President|Director)\b/.exec(text)?.[1];
}

/**
 * The terms a sentence defines: one it introduces in parentheses ('... solutions ("Total Solutions")'), and an
 * acronym it spells out. The sentence itself is the definition shown: a quote must be the release's words.
 */
function termsDefined(text: string, section: string, at: Pick<TextFact, 'citation' | 'continued'>): TextFact[] {
  const named = [...text.matchAll(/\(["“]([A-Z][A-Za-z0-9 -]{2,40})["”]\)/g)].map((m) => m[1]!).filter((t) => !/^[A-Z0-9-]{2,10}$/.test(t));
  return [...named, ...[...text.matchAll(ACRONYM)].map((m) => m[2]!)].map((subject) => ({ kind: 'definition', subject, text, section, ...at }));
}

/** A sentence wrapped onto further lines cites each of them too: a figure past its first line is quoted where it stands. */
function continued(doc: string, lines: string[], block: TextBlock, start: number, end: number): { continued?: Citation[] } {
  const more: Citation[] = [];
  for (let line = lineAt(block, start) + 1; line <= lineAt(block, end); line++) {
    const quote = quoteOf(lines[line - 1] ?? '');
    if (quote.trim().length >= MIN_QUOTE) more.push({ document: doc, line, quote });
  }
  return more.length ? { continued: more } : {};
}

export function readTexts(
  doc: string,
  lines: string[],
  blocks: TextBlock[],
  metrics: Map<string, Metric>,
  labelToMetric: Map<string, string>,
  blockFigures: Map<TextBlock, { metric: string; offset: number; line: number }[]>,
  leads: Map<TextBlock, string> = new Map(),
): TextFact[] {
  const out: TextFact[] = [];
  const cite = (block: TextBlock, offset: number, text: string) => {
    const line = lineAt(block, offset);
    const whole = quoteOf(lines[line - 1]!);
    return whole.includes(text) ? { document: doc, line, quote: text } : sentenceCitation(doc, line, whole, text, sentences(whole).map((p) => p.text));
  };
  const known: Lines = { metrics, labelToMetric, labels: labelIndex(metrics, definedAbbreviations(blocks.map((b) => b.text))) };
  const referrers = footnoteReferrers(blocks, markedLines(lines), known, blockFigures);
  // A quoted speaker's words run over several paragraphs until the quote closes.
  let speaker = '';
  for (const block of blocks) {
    const named = speakerTitle(block.text);
    if (named) speaker = `${named} said`;
    const figures = blockFigures.get(block) ?? [];
    // The lines the sentence before was about, for a reason that points back at them ("This was due to ...").
    let previous: string[] = [];
    const footnote = block.kind === 'footnote' ? referrers.get(block.mark!) : undefined;
    const first = defines(block.text, block.section)?.[1];
    // A paragraph its heading or bold lead-in names a term for (term-leads.ts): each sentence defines that term.
    const led = leads.get(block);
    for (const s of sentences(block.text)) {
      const text = s.text.trim();
      if (!text || !/[a-z]/i.test(text) || (led && text.replace(/[.:\u2013\u2014-]+$/, '').trim() === led)) continue;
      const at = { citation: cite(block, s.start, text), ...continued(doc, lines, block, s.start, s.start + s.text.trimEnd().length - 1), ...(block.paraphrase ? { paraphrase: true as const } : {}) };
      const defined = defines(text, block.section);
      // (An outlook word inside the cause, "a softer unemployment outlook", leaves the sentence a reason; a cause that
      // opens the sentence, "Reflecting further investment, we now expect ...", is the outlook's.)
      const cueAt = reasonCue(text)?.at;
      const explained = OUTLOOK.test(cueAt ? text.slice(0, cueAt) : text) ? [] : reasonLines(text, s.start, figures, known.labels, previous);
      previous = explained.length ? explained : linesOf(text, s.start, figures, known.labels);
      if (block.kind === 'footnote' || defined || led) {
        const subject = (defined?.[1] ?? led ?? first ?? footnote?.subject ?? block.section).trim();
        const metric = (defined || led || first ? termMetric(subject, known) : undefined) ?? footnote?.metric;
        out.push({ kind: 'definition', subject, text, section: block.section, ...at, ...(metric ? { metric } : {}) });
      } else if (explained.length) {
        // A reason for several lines at once ("Revenue and EBITDA rose, driven by ...") is each one's.
        for (const metric of explained) out.push({ kind: 'reason', subject: metrics.get(metric)?.label ?? metric, text, section: block.section, ...at, metric });
      } else {
        out.push({ kind: 'statement', subject: speaker || block.section, text, section: block.section, ...at });
      }
      out.push(...termsDefined(text, block.section, at));
    }
    const quotes = (block.text.match(/["“”]/g) ?? []).length;
    if (speaker && !named && quotes % 2 === 1) speaker = '';
    else if (named && quotes % 2 === 0) speaker = '';
  }
  return out;
}

/**
 * What each footnote mark refers to. Footnote marks point from a figure or a metric phrase to its
 * footnote: "loans<sup>*3</sup>", "Day-1 delinquency rate<sup>*12</sup>". The mark belongs to the last
 * figure before it on its line.
 */
function footnoteReferrers(
  blocks: TextBlock[],
  marked: string[],
  known: Lines,
  blockFigures: Map<TextBlock, { metric: string; offset: number; line: number }[]>,
): Map<string, { subject: string; metric?: string }> {
  const { metrics, labelToMetric } = known;
  const referrers = new Map<string, { subject: string; metric?: string }>();
  for (const block of blocks) {
    for (const seg of block.segments) {
      const raw = marked[seg.line - 1]!;
      for (const m of raw.matchAll(/<sup>\*(\d{1,2})<\/sup>/g)) {
        if (referrers.has(m[1]!)) continue;
        const prefix = stripMarkup(raw.slice(0, m.index)).replace(/^[-•·*]\s+/, '');
        const at = seg.start + prefix.length;
        const figs = (blockFigures.get(block) ?? []).filter((f) => f.line === seg.line && f.offset <= at);
        // The phrase before the mark, from its last boundary word; or from an earlier one where that names a
        // line whole ("total cash and cash equivalent*11": the "and" is inside the name).
        const cuts = [...prefix.matchAll(/(?:[,.;:]|\bthe|\band|\bwas|\bwere|\breached)\s+/gi)].map((c) => prefix.slice(c.index + c[0].length).trim());
        const phrase = cuts.find((p) => labelToMetric.has(slug(p)) || metrics.has(slug(p))) ?? cuts.at(-1) ?? prefix.trim();
        // A mark right after a figure ("RMB99,237 million*4", "17,524,872 loans*3") is the figure's.
        const afterFigure = /\d[\d,.]*\s*(?:million|billion)?\s*[A-Za-z-]*$/.test(prefix);
        const metric = afterFigure ? figs[figs.length - 1]?.metric : metricFor(phrase, known);
        referrers.set(m[1]!, metric ? { subject: metrics.get(metric)?.label ?? phrase, metric } : { subject: phrase });
      }
    }
  }
  return referrers;
}
