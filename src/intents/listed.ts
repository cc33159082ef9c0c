// Several lines answered one after another only where the question lists them: names joined by "and", a
// comma, "vs", "plus" ... Names read from fragments of one phrase ("non-capital-light (i.e. capital heavy)
// OLB", "OLB of the capital heavy model") are one thing asked that no line is: answering each fragment's
// line, each correctly labelled, answers lines nobody asked for. An apposition ("i.e.", "aka") restates.
import type { Answer } from './answer.js';
import type { Lexicon } from './lexicon.js';
import type { Intent } from './recognisers/index.js';
import type { MetricMatch } from './recognisers/metrics.js';
import type { Operation } from './recognisers/operations.js';
import { title, unknown } from './reply.js';
import { nameStems } from './text.js';

/** A gap between two names that joins no list: brackets and spaces, or "of the" (a qualifier's, not a list's). */
// (Any other word, "and", a comma, "vs", "used for", "as % of", leaves the names to the rules that read it.)
const UNJOINED = /^[\s()[\]]*(?:(?:of|under)(?:\s+the)?)?[\s()[\]]*$/;
/**
 * A gap that puts the first name's figure in the second's place: "net revenue retention for the Nordics" asks the
 * retention of a region, never the retention and the region's ARR; a line in its own whole ("FX translation adjustment
 * in OCI") is that line, which the list's answer holds.
 */
const PLACED = /^\s*(?:for|in|within|at)(?:\s+the)?\s*$/;
/** Words that restate the name before them rather than add one. */
const APPOSITION = /\b(?:i\.?\s?e|aka|a\.k\.a|also known as|that is|namely|meaning|otherwise known as)\b/;

/** The operations that answer each line named in turn (a sum, share or ratio reads its own relation words). */
const LISTING: Operation[] = ['value', 'change'];

/**
 * A decline when a question for each of several lines names them without listing them: two names in a row
 * with nothing but words that join no list between them (a bracket, "of the", an apposition), or null.
 */
export function unlisted(lex: Lexicon, intent: Intent, op: Operation, names: MetricMatch[], metrics: string[]): Answer | null {
  if (!LISTING.includes(op) || metrics.length < 2) return null;
  const own = names.filter((m) => m.ids.some((id) => metrics.includes(id))).sort((a, b) => a.start - b.start);
  const line = (m: MetricMatch) => new Set(m.ids.filter((id) => metrics.includes(id)).flatMap((id) => lex.matcher.labelStems(id)));
  // A name whose words the other's line holds qualifies that line ("diluted ADS count used for EPS"): one line asked.
  const within = (a: MetricMatch, b: MetricMatch) => nameStems(intent.text.slice(a.start, a.end)).every((s) => line(b).has(s));
  const parentOf = (a: MetricMatch, b: MetricMatch) => a.ids.some((id) => metrics.includes(id) && b.ids.includes(lex.kb.metrics.get(id)?.parent ?? ''));
  const apart = own.slice(1).filter((m, i) => {
    const gap = intent.text.slice(own[i]!.end, m.start);
    const placed = PLACED.test(gap) && !parentOf(own[i]!, m);
    return m.start >= own[i]!.end && (APPOSITION.test(gap) || UNJOINED.test(gap) || placed) && !within(m, own[i]!) && !within(own[i]!, m);
  });
  if (!apart.length) return null;
  const read = own.map((m) => `"${intent.text.slice(m.start, m.end)}" as ${title(lex.matcher.label(m.ids.find((id) => metrics.includes(id))!))}`);
  const phrase = intent.text.slice(own[0]!.start, own[own.length - 1]!.end);
  return unknown(`I couldn't tell which line "${phrase}" names: its words fit several lines (${read.join('; ')}), and you did not list them. The release may not print that figure as one line; name the line as the release does, or list the lines you want joined by "and".`, 'not-understood');
}
