// A bottom line split by its holders, as a statement prints it: "Attributable to:" then "Owners of the Company" and
// "Non-controlling interests". Analysts name each share by the measure and the holder ("profit to owners", "NPAT to
// NCI", "minorities' profit"): a holder after "to" says whose share, never the line a ratio divides by.
import type { KnowledgeBase } from '../../knowledge/kb.js';
import type { Metric } from '../../knowledge/release.js';
import { BOTTOM_LINE, STATEMENT_FAMILIES } from '../statement-families.js';
import { normalise } from '../text.js';

/** The holders a statement splits its profit between, by their labels, with the words people say for each. */
export const HOLDERS: { label: RegExp; said: string[] }[] = [
  {
    label: /^(?:the )?(?:owners|(?:ordinary |equity )?shareholders|stockholders|(?:ordinary )?equity holders|members)(?: of (?:the )?.+)?$/i,
    said: ['owners', 'owners of the company', 'owners of the parent', 'shareholders', 'stockholders', 'equity holders', 'members', 'parent', 'the parent'],
  },
  {
    label: /^(?:non-?controlling|minority) interests?$/i,
    said: ['nci', 'non-controlling interests', 'noncontrolling interests', 'non-controlling interest', 'minorities', 'minority interests', 'minority interest', 'minority'],
  },
];

/** A holder said after "to" ("profit to NCI", "net income to the minorities"): whose share, not a divisor. */
export const TO_HOLDER = new RegExp(`^\\s*(?:to|for)\\s+(?:the\\s+)?(?:${HOLDERS.flatMap((h) => h.said).join('|')})\\b`, 'i');

/** "Attributable to:", "Profit attributable to:": a heading that splits the line it names (or the bottom line above it). */
const ATTRIBUTED = /^(?:(.+?)\s+)?attribut(?:able|ed) to:?$/i;

/** What people call the bottom line, beside its own labels. */
const BOTTOM_NAMES = STATEMENT_FAMILIES.find((e) => e.match === BOTTOM_LINE)!.names;

/** The names of the measure a holder line is a share of: the heading's own words, else its statement's one bottom line. */
function measureNames(kb: KnowledgeBase, m: Metric, named: string | undefined): string[] {
  if (named) return BOTTOM_LINE.test(named) ? [named, ...BOTTOM_NAMES] : [named];
  const lines = [...kb.metrics.values()].filter((o) => o.statement === m.statement);
  const bottom = lines.filter((o) => o.labels.some((l) => BOTTOM_LINE.test(l)));
  // (Two blocks of holders, the profit's and the comprehensive income's, under bare headings: whose share is unsaid.)
  const twice = lines.filter((o) => o.label.toLowerCase() === m.label.toLowerCase()).length > 1;
  return bottom.length === 1 && !twice ? [...bottom[0]!.labels, ...BOTTOM_NAMES] : [];
}

/** A line of the bottom line's name that is the owners' share: "Net profit attributable to shareholders". */
const OWNERS_LINE = /^(.+?)\s+attribut(?:able|ed) to (?:the )?(.+)$/i;

/**
 * The bottom line's names a release uses only for the owners' share: "net profit" where its one line of those words is
 * "Net profit attributable to shareholders" names that line, never the profit before AT1 coupons and minorities
 * ("Profit for the period") the family would give it. A name → that line's id, where exactly one line is so named.
 */
export function ownersTerms(kb: KnowledgeBase): Map<string, string> {
  const lines = [...kb.metrics.values()];
  const out = new Map<string, string>();
  for (const name of BOTTOM_NAMES) {
    const heads = (l: string) => normalise(l) === name || normalise(l).startsWith(`${name} `);
    const owners = lines.filter((m) => m.labels.some((l) => {
      const a = OWNERS_LINE.exec(l);
      return !!a && normalise(a[1]!) === name && HOLDERS[0]!.label.test(a[2]!);
    }));
    const others = lines.filter((m) => !owners.includes(m) && m.labels.some(heads));
    // (Only where the family would give the name to another line: else the release's own name stands as it is.)
    const family = lines.some((m) => !owners.includes(m) && m.labels.some((l) => BOTTOM_LINE.test(l)));
    if (owners.length === 1 && !others.length && family) out.set(name, owners[0]!.id);
  }
  return out;
}

/**
 * Each holder's share named as analysts say it: "<measure> to/attributable to/for <holder>", "<holder> <measure>",
 * "<holder>' share of <measure>", for every measure name and every word for that holder.
 */
export function holderNames(kb: KnowledgeBase, known: (text: string) => boolean, add: (text: string, id: string) => void): void {
  // (Not where another line is heard by that name already: "Graubach reports net income" is the release's net income.)
  for (const [name, id] of ownersTerms(kb)) if (!known(name)) add(name, id);
  for (const m of kb.metrics.values()) {
    const heading = ATTRIBUTED.exec(m.heading ?? '');
    const holder = HOLDERS.find((h) => h.label.test(m.label));
    if (!heading || !holder) continue;
    for (const p of measureNames(kb, m, heading[1])) {
      for (const h of [m.label, ...holder.said]) {
        for (const n of [`${p} to ${h}`, `${p} attributable to ${h}`, `${p} attributable to the ${h}`, `${p} for ${h}`, `${h} ${p}`, `${h} share of ${p}`]) add(n, m.id);
      }
    }
  }
}
