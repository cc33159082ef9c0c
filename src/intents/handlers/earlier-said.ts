// The earlier outlook a revision replaced, asked ("prior guidance?"): the release's own sentences of it, quoted; a
// guidance table's row, whose sentence is the reader's (knowledge/outlook-tables.ts), said by its figures, never quoted.
import { lineOf } from '../../knowledge/citation.js';
import { asRead, EARLIER_REASON, earlierOutlook } from '../../knowledge/earlier-outlook.js';
import type { Fact, TextFact } from '../../knowledge/fact.js';
import { periodKey, periodLabel } from '../../knowledge/period.js';
import { tokens } from '../../knowledge/prose/mentions.js';
import type { Ask } from '../frame.js';
import { andJoined, asSaid, Reply, title, unknown } from '../reply.js';
import { wordsOf } from '../unread-lines.js';
import { guidedRange } from './guided-range.js';

/** A sentence opening by saying it is the earlier outlook ("Previous guidance (Fiscal 2027): …"). */
const OPENS_EARLIER = /^(?:prior|previous|earlier|original|initial)\s+(?:guidance|outlook|forecast)\b/i;
/** The lines sentences stand on, as a reader finds them: "line 32", "lines 32 and 36". */
const linesSaid = (ts: TextFact[]) => {
  const at = [...new Set(ts.map((t) => t.citation.line))];
  return `${at.length === 1 ? 'line' : 'lines'} ${andJoined(at.map(String))}`;
};

/**
 * The earlier outlook a revision replaced, asked ("prior guidance?"): the release's own sentences of it,
 * quoted as they read (never computed, never the current range); for the lines asked where any is named.
 * None kept, a decline: the current range is no answer to what the release guided before.
 */
export function prior(ask: Ask) {
  // The earlier figures by line; a sentence of that line is the earlier outlook's when it prints them all
  // (a table row run into one line holds the current range's sentence too).
  const earlier = new Map<string, string[]>();
  for (const r of ask.kb.releases) for (const n of r.nonFigures.filter((x) => EARLIER_REASON.test(x.reason))) earlier.set(`${r.document}:${n.line}`, [...(earlier.get(`${r.document}:${n.line}`) ?? []), n.text]);
  // (A decimal-comma release's figures were read in the point style: its sentences are compared so read too.)
  const read = (t: TextFact) => {
    const release = ask.kb.releases.find((r) => r.document === t.citation.document);
    return release ? asRead(t.text, release) : t.text;
  };
  const sentences = ask.kb.texts.filter((t) => t.kind === 'statement' && [t.text, read(t)].some((text) => earlier.get(lineOf(t.citation))?.every((x) => text.includes(x))));
  const named = (t: TextFact) => ask.metrics.some((id) => wordsOf(ask.kb.metrics.get(id)?.label ?? id).every((w) => new Set<string>(wordsOf(t.text)).has(w)));
  // A line asked whose earlier outlook no sentence names: another line's earlier outlook is no answer.
  // (A sentence opening as the earlier outlook is it alone; another on its line holds the range that replaced it too.)
  const own = (t: TextFact) => OPENS_EARLIER.test(t.text) || !sentences.some((u) => u !== t && lineOf(u.citation) === lineOf(t.citation) && OPENS_EARLIER.test(u.text));
  const quoted = (ask.metrics.length ? sentences.filter(named) : sentences).filter(own);
  if (!sentences.length) return unknown('I read no earlier outlook in the release (a range a revision replaced), so I give no prior range: the current guidance is not the prior one.');
  if (!quoted.length) return unknown(`The release states no earlier outlook for ${ask.metrics.map((id) => ask.kb.metrics.get(id)?.label ?? id).join(' or ')}; the earlier outlook it keeps is of other lines (${linesSaid(sentences)}).`);
  const reply = new Reply(ask.kb);
  for (const t of quoted) {
    // A table row's earlier outlook is the reader's sentence, never quoted: said by its figures, each cited on the
    // row, where one range on the row replaced it; else as the row reads.
    const before = t.paraphrase ? replacedOn(ask, t) : null;
    if (!before) reply.cite(t).say(t.paraphrase ? asSaid(t) : `The release states the earlier outlook: ${asSaid(t)}`);
    else reply.cite(...before).about(before[0].period).say(`${title(rowName(t))}: the earlier outlook for ${periodLabel(before[0].period)} was ${guidedRange(before[0], before[1], '').trim()} (as read from the table row on line ${t.citation.line}).`);
  }
  return reply.answer();
}

/** The earlier outlook the one current range on a sentence's line replaced, as facts, or null. */
function replacedOn(ask: Ask, t: TextFact): [Fact, Fact] | null {
  const on = ask.kb.facts.filter((f) => lineOf(f.citation) === lineOf(t.citation));
  const found = on.flatMap((low) => {
    const high = low.role === 'low' ? on.find((f) => f.role === 'high' && f.metric === low.metric && periodKey(f.period) === periodKey(low.period)) : undefined;
    const before = high && earlierOutlook(ask.kb, low, high);
    return before ? [before] : [];
  });
  return found.length === 1 ? found[0]! : null;
}

/** A table row's name in the reader's sentence for it ("Previous guidance: Organic growth, full year 2026 2-4%."): its words before its first figure that is no year. */
function rowName(t: TextFact): string {
  const row = t.text.slice(t.text.indexOf(': ') + 2);
  const first = tokens(row).find((k) => !/^(?:19|20)\d{2}$/.test(k.text.trim()));
  return row.slice(0, first?.start ?? row.length).replace(/[\s(+~≈-]+$/, '');
}
