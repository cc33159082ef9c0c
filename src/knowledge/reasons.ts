// Stated reasons: which words of a sentence give a cause (named cue rules), and which lines the cause is
// for. A reason is filed under a line only where the sentence ties it there: the lines its clause names or
// whose figures it prints before the cue ("fertilizer volumes declined 3.5% as farmers delayed purchases"),
// the lines of the sentence before for a "This"/"The decline" that points back, or the one line of a paragraph
// of one line's figures. Anything else is no reason of any line: a wrong reason is worse than none.
import { linesNamed, type LabelIndex } from './label-index.js';

/** A figure of a paragraph, by the line it is linked to and where it stands in the paragraph. */
export interface PlacedFigure {
  metric: string;
  offset: number;
}

/** A clause before the cue that moves: a figure, or a word of movement. "As" and "following" are causes only after one. */
const MOVES = /\d|\b(?:increas|decreas|declin|gr[eo]w|rise|rose|fell|fall|drop|improv|expand|contract|moderat|narrow|widen|gain|climb|slipp?|lower|higher|reduc|eas(?:ed|ing))\w*/i;

/** Words after "as" that make it no cause: a comparison, a date, a role, a manner ("as of", "as well as", "as expected"). */
const AS_NOT_CAUSE = /^\s*(?:of|well|compared|against|a\s+(?:percentage|percent|share|proportion|whole|result)|reported|adjusted|defined|previously|expected|anticipated|announced|such|per|part|planned|noted|described|set|shown|discussed|presented|follows|at|in|on|from|to|for|if|though|much|many|long|soon|far|is|are|was|were)\b/i;

interface CueRule {
  name: string;
  pattern: RegExp;
  /** Whether the cue is one only after a clause that moves. */
  afterMove?: boolean;
  /** Whether the cue ties the cause before it to the lines after it ("..., which resulted in special items of NOK 37 million"). */
  forward?: boolean;
}

/** The cues that tie a cause to what comes before them (or, forward, to what follows), each a named rule (corpus: test/corpus/reasons.jsonl). */
export const REASON_CUES: CueRule[] = [
  {
    name: 'a causal phrase',
    pattern: /\b(?:due to|relates? to|reflect(?:ed|s|ing)?|driven by|as a result of|result(?:ed|s)?\s+(?:(?:mainly|primarily|largely|mostly|partly|principally|chiefly)\s+)?from|attributable to the|because(?: of)?|owing to|thanks to|caused by|on the back of|on account of|led by)\b/gi,
  },
  { name: 'a line acted on by a cause', pattern: /\b(?:was|were|been|being)\s+(?:adversely\s+|positively\s+|negatively\s+)?(?:affected|impacted|hit|helped|boosted|supported|held back|weighed down)\s+by\b/gi },
  { name: 'benefited from', pattern: /\bbenefit(?:ed|ing|s)?\s+from\b/gi },
  // A profit stated after a charge ("statutory NPAT of A$267.5 million after a non-cash impairment of ..."): the charge is
  // why it is below the measure without it. ("Profit after tax" is a name: a charge word must follow within a few words.)
  { name: 'after a charge', pattern: /\bafter\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:impairments?|charges?|write-?(?:downs?|offs?)|provisions?|significant items?|one-off items?|exceptional items?|restructuring)\b/gi },
  // "Catastrophe losses were $42.8 million, mainly from convective storms": where most of a moved figure came from.
  { name: '"mainly from" a source, after a move', pattern: /\b(?:mainly|primarily|largely|mostly|principally|chiefly)\s+from\b/gi, afterMove: true },
  { name: '"as" a clause, after a move', pattern: /(?<!\b(?:well|such|so|same|just|twice|as)\s+)\bas\b/gi, afterMove: true },
  { name: '"following" an event, after a move', pattern: /(?<!\bthe\s)\bfollowing\b/gi, afterMove: true },
  // The effect named after the cause: "we took the decision to restructure the line, which resulted in special items of
  // NOK 37 million", "our network consolidation drove $8.4 million of restructuring charges": the lines the clause after
  // the cue names or prints are the ones the cause is for.
  { name: 'a cause that resulted in a line', pattern: /\bresulted\s+in\b|\bgave\s+rise\s+to\b|\b(?:drove|drives)\b/gi, forward: true },
];

/**
 * Words that make the line after them the base of a ratio, not the subject of the move ("Gross margin was 38.2% of net
 * sales, ... driven by lower freight"): the cause is the margin's, and the base's own change has other causes.
 */
const BASE_OF_RATIO = /(?:%|\bper\s?cent|\bpercentage|\bproportion|\bshare|\bratio|\bmultiple)\s+(?:of|to)\s+(?:the\s+|our\s+|its\s+|total\s+)*$/i;

/** Where clauses part: the cause of one side is not the other's ("grain grew 11.2% while fertilizer declined 3.5% as ..."). */
const CLAUSE_BREAK = /;|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|\bmeanwhile\b/gi;

/** The first cue of a sentence, with the rule's name, or undefined. */
export function reasonCue(text: string): { at: number; rule: string; forward?: boolean } | undefined {
  let first: { at: number; rule: string; forward?: boolean } | undefined;
  for (const rule of REASON_CUES) {
    for (const m of text.matchAll(rule.pattern)) {
      if (first && m.index >= first.at) break;
      if (rule.name.startsWith('"as"') && AS_NOT_CAUSE.test(text.slice(m.index + 2))) continue;
      if (rule.afterMove && !MOVES.test(clauseBefore(text, m.index))) continue;
      first = { at: m.index, rule: rule.name, ...(rule.forward ? { forward: true } : {}) };
      break;
    }
  }
  return first;
}

/** The words of the clause that ends at `at`. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  return last ? before.slice(last.index + last[0].length) : before;
}

/**
 * A clause that names nothing of its own but a move ("This was due to", "The decline mainly reflects", "Growth
 * was driven by", or none at all): its subject is the line just spoken of.
 */
const ONLY_POINTS = /^(?:\s|[,.]|\b(?:this|these|that|it|its|both|the|a|an|and|in addition|additionally|also|further(?:more)?|moreover|was|were|is|are|has|had|have|been|primarily|mainly|largely|partly|partially|mostly|principally|in part|strong|solid|overall|sequential(?:ly)?|annual|yoy|qoq|[a-z]+-(?:on|over)-[a-z]+|increases?|increased|decreases?|decreased|declines?|declined|rises?|rose|growth|grew|improvements?|reductions?|drops?|falls?|fell|changes?|movements?|higher|lower)\b)*$/i;

/**
 * The lines a sentence states a reason for (empty: it is no reason of any line). `start` is where the sentence
 * stands in its paragraph; `figures` the paragraph's; `previous` the lines the sentences before were about.
 */
export function reasonLines(text: string, start: number, figures: PlacedFigure[], labels: LabelIndex, previous: string[]): string[] {
  const cue = reasonCue(text);
  if (!cue) return [];
  if (cue.forward) return linesAfter(text, start, cue.at, figures, labels);
  const clause = clauseBefore(text, cue.at);
  const from = start + cue.at - clause.length;
  const named = linesNamed(labels, clause.toLowerCase())
    .filter((l) => !BASE_OF_RATIO.test(clause.slice(0, l.at)))
    .map((l) => ({ id: l.id, at: from + l.at }));
  const printed = figures.filter((f) => f.offset >= from && f.offset < start + cue.at).map((f) => ({ id: f.metric, at: f.offset }));
  const lines = [...named, ...printed].sort((a, b) => a.at - b.at).map((l) => l.id);
  if (lines.length) return [...new Set(lines)];
  if (!ONLY_POINTS.test(clause)) return [];
  if (previous.length) return previous;
  const own = [...new Set(figures.map((f) => f.metric))];
  return own.length === 1 ? own : [];
}

/** The lines the clause from `at` names or prints (up to where its clause ends): what a forward cue's cause is for. */
function linesAfter(text: string, start: number, at: number, figures: PlacedFigure[], labels: LabelIndex): string[] {
  const rest = text.slice(at);
  const end = [...rest.matchAll(CLAUSE_BREAK)][0]?.index ?? rest.length;
  const clause = rest.slice(0, end);
  const named = linesNamed(labels, clause.toLowerCase()).map((l) => ({ id: l.id, at: l.at }));
  const printed = figures.filter((f) => f.offset >= start + at && f.offset < start + at + end).map((f) => ({ id: f.metric, at: f.offset - start - at }));
  return [...new Set([...named, ...printed].sort((a, b) => a.at - b.at).map((l) => l.id))];
}

/** The lines a sentence is about: those it names or whose figures it prints, for the next sentence that points back. */
export function linesOf(text: string, start: number, figures: PlacedFigure[], labels: LabelIndex): string[] {
  const named = linesNamed(labels, text.toLowerCase()).map((l) => l.id);
  const printed = figures.filter((f) => f.offset >= start && f.offset < start + text.length).map((f) => f.metric);
  return [...new Set([...named, ...printed])];
}
