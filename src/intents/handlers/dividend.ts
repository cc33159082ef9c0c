// The company's dividend asked as a topic (recognisers/dividend-topic.ts): the latest dividend per share a line
// of the release declares (not one said paid, not a preferred stock's), else the release's own sentences on a
// dividend per share or on paying none, quoted; else a decline saying the release names none.
import type { Fact, TextFact } from '../../knowledge/fact.js';
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { periodEnd } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Turn } from '../context.js';
import { figure, when } from '../format.js';
import { DIVIDEND_WORD } from '../recognisers/dividend-topic.js';
import { Reply, unknown } from '../reply.js';
import { declaredWording } from './declared-wording.js';
import { eachOnce, quoteInto } from './quoted.js';

/** A line of another class of shares, or a flow paid: not the dividend the company declares. */
const NOT_DECLARED = /\b(?:preferred|preference|paid|payments? of dividends?|minority|non-?controlling)\b/i;
/** A sentence giving a dividend per share, or saying the company pays none. */
const PER_SHARE = /\bper (?:common |ordinary |equity )?share\b|\bper ads\b/i;
const NONE = /\b(?:does|do|did|will) not (?:currently )?(?:pay|declare|intend to pay)\b|\bno (?:interim |final |cash |quarterly )?dividends?\b|\bhas not (?:paid|declared)\b/i;

/** The latest per-share dividend lines the release declares. */
function declared(kb: KnowledgeBase): Fact[] {
  const lines = kb.facts.filter((f) => f.unit.kind === 'per_share' && f.role === 'value' && DIVIDEND_WORD.test(`${f.metric.replace(/_/g, ' ')} ${f.label}`.toLowerCase()) && !NOT_DECLARED.test(f.label));
  const latest = lines.map((f) => periodEnd(f.period)).sort().at(-1);
  return [...new Map(lines.filter((f) => periodEnd(f.period) === latest).map((f) => [f.metric, f])).values()];
}

/** The release's sentences on a dividend per share or on paying none, in its order. */
function said(kb: KnowledgeBase): TextFact[] {
  const on = kb.texts.filter((t) => DIVIDEND_WORD.test(t.text.toLowerCase()) && (PER_SHARE.test(t.text) || NONE.test(t.text)));
  return eachOnce(on).slice(0, 3);
}

/** What a per-share line is per, as an answer says it: "share" or "ADS". */
const basisOf = (f: Fact) => (f.unit.kind === 'per_share' ? f.unit.basis : 'share');

/**
 * The answer, and the thread it leaves where a line answered ("and when is it payable?" asks that line's dates).
 * `asked`: the unit the question asks it per ("share", "ADS"), where it says one: a dividend declared only per ADS is
 * no dividend per ordinary share (an ADS holds several shares), so it is declined, naming what the release declares.
 */
export function dividend(kb: KnowledgeBase, asked: string | null = null): { answer: Answer; turn?: Turn } | null {
  const lines = declared(kb);
  const onOther = asked !== null && lines.length > 0 && lines.every((f) => basisOf(f) !== asked);
  if (onOther) return { answer: otherUnit(lines, asked) };
  const answer = dividendAnswer(kb, lines);
  // (A release that speaks of dividends in words read here as neither: the question goes on as the line's name.)
  if (!answer) return null;
  if (!lines.length || answer.status !== 'answer') return { answer };
  return { answer, turn: { op: 'value', metrics: lines.map((f) => f.metric), periods: [kb.quarter], periodsNamed: false, basis: null, currency: kb.currency, choices: [], earlier: [] } };
}

function dividendAnswer(kb: KnowledgeBase, lines: Fact[]): Answer | null {
  if (lines.length) {
    const reply = new Reply(kb);
    const per = (f: Fact) => (/\bper\b/i.test(f.label) ? '' : ` per ${basisOf(f)}`);
    // A declared dividend is said in its sentence's words (declared-wording.ts); another, with its period.
    const worded = new Map(lines.map((f) => [f, declaredWording(kb, f.label, f)]));
    for (const [f, w] of worded) {
      reply.cite(f);
      if (w) reply.cite(w.sentence);
      reply.say(`${f.label.charAt(0).toUpperCase()}${f.label.slice(1)} was ${figure(f)}${per(f)}${w ? w.words : ` ${when(f)}`}.`);
    }
    // (The release's own sentence beside a line not so worded: "41 cents" as printed, and what the dividend is.)
    const own = said(kb).filter((t) => lines.some((f) => !worded.get(f) && f.citation.line === t.citation.line));
    return (own.length ? quoteInto(reply, "In the release's words:", own) : reply).answer();
  }
  const words = said(kb);
  if (words.length) return quoteInto(new Reply(kb), "The release's words on its dividend:", words).answer();
  const mentioned = kb.texts.some((t) => DIVIDEND_WORD.test(t.text.toLowerCase())) || kb.facts.some((f) => DIVIDEND_WORD.test(f.label.toLowerCase()));
  return mentioned ? null : unknown('The release says nothing about a dividend, so I give none.');
}

/** The decline of a dividend asked per a unit the release declares none per, naming the one it does. */
function otherUnit(lines: Fact[], asked: string): Answer {
  const given = lines.map((f) => `${figure(f)} per ${basisOf(f)}, line ${f.citation.line}`).join('; ');
  return unknown(`The release declares its dividend per ${basisOf(lines[0]!)} only (${given}), none per ${asked}: an ADS holds several shares, so I won't give one for the other. Ask for it per ${basisOf(lines[0]!)} if that is what you mean.`, 'not-in-release');
}
