// Comparing or ranking metrics: "which grew faster, financing income or referral fees?",
// "compare S&M with G&A", "biggest cost line".
import type { Currency } from '../../knowledge/fact.js';
import { change } from '../../knowledge/derive.js';
import { amount } from '../../knowledge/fact.js';
import { yearAgo, priorQuarter } from '../../knowledge/period.js';
import { figure, like, operands, percent, points, when } from '../format.js';
import { commensurable, find } from '../lookup.js';
import { DIFFERENCE } from '../operations.js';
import { inline, Reply, title, unknown, verb, type Handler } from '../reply.js';

const SMALLEST = /\b(?:smallest|lowest|least)\b/;
const FALL = /\b(?:fell|fall|falls|declined?|declines|decreased?|decreases|dropped|drops?|shr[iu]nk|lower|worst)\b/;
const GROWTH = /\b(?:grew|grow|growth|faster|fastest|slower|slowest|increase[ds]?|decline[ds]?|rose|fell|change[ds]?|yoy|qoq|year[-\s](?:over|on)[-\s]year|quarter[-\s](?:over|on)[-\s]quarter|sequential)\b/;

export const compare: Handler = (ask) => {
  // One total named ("biggest cost line"): rank its lines.
  // One total named ("biggest cost line", "which revenue line fell most"): rank its lines, the ones
  // that add up to it at the finest level, or its segments when asked about segments.
  let ids = ask.metrics.filter((id) => !id.startsWith('formula:'));
  const leaves = (id: string): string[] => {
    const children = ask.kb.metrics.get(id)?.children ?? [];
    return children.length ? children.flatMap(leaves) : [id];
  };
  if (ids.length === 1 && (ask.kb.metrics.get(ids[0]!)?.children.length ?? 0) > 1) ids = /\bsegments?\b/.test(ask.intent.text) ? ask.kb.metrics.get(ids[0]!)!.children : leaves(ids[0]!);
  if (ids.length < 2) return unknown('Name at least two metrics to compare, e.g. "compare sales and marketing with general and administrative expenses".');
  const reply = new Reply(ask.kb);
  const p = ask.periods[ask.periods.length - 1]!;
  const growth = GROWTH.test(ask.intent.text) || ask.intent.basis !== null;
  if (growth) {
    const basis = ask.intent.basis === 'qoq' ? { name: 'quarter over quarter', shift: priorQuarter } : { name: 'year over year', shift: yearAgo };
    const rows: { label: string; pct: number; text: string }[] = [];
    for (const id of ids) {
      const now = find(ask.kb, id, p, ask.kb.currency);
      const then = now && find(ask.kb, id, basis.shift(now.fact.period), ask.kb.currency);
      if (!now || !then) continue;
      const c = change(then.fact, now.fact);
      if (!c.pct) continue;
      const label = title(ask.kb.metrics.get(id)!.label);
      reply.cite(now.fact, then.fact).about(now.fact.period);
      const [n, t] = operands(now.fact, then.fact);
      reply.derive(`${label} ${basis.name}`, percent(c.pct), `(${n} − ${t}) ÷ ${t} × 100`);
      rows.push({ label, pct: c.pct.toNumber(), text: `${label}: ${c.pct.isNegative() ? 'down' : 'up'} ${percent(c.pct.abs())} ${basis.name} (${figure(now.fact)} ${when(now.fact)} vs ${figure(then.fact)} ${when(then.fact)})` });
    }
    if (rows.length < 2) return unknown(`The release doesn't give ${basis.name} figures for all of those.`);
    // "Which fell more" ranks by decline; otherwise by growth.
    const falls = FALL.test(ask.intent.text);
    rows.sort((a, b) => (falls ? a.pct - b.pct : b.pct - a.pct));
    const top = rows[0]!;
    const lead = falls ? (top.pct < 0 ? 'fell the most' : 'grew least (none fell)') : top.pct > 0 ? 'grew the most' : 'fell least (none grew)';
    reply.say(`${top.label} ${lead} ${basis.name}:`);
    for (const r of rows) reply.say(`- ${r.text}`);
    return reply.answer();
  }
  // Figures of one kind, in one currency: the currency asked where every line has it, else RMB.
  const inCurrency = (currency: Currency) =>
    ids.flatMap((id) => {
      const f = find(ask.kb, id, p, currency);
      return f && !f.usd ? [{ id, fact: f.fact }] : [];
    });
  let rows = inCurrency(ask.currency);
  if (rows.length < ids.length || rows.some((r) => !commensurable(r.fact, rows[0]!.fact))) rows = inCurrency(ask.kb.currency);
  if (rows.length < 2) return unknown('The release doesn\'t give those figures for that period.');
  if (rows.some((r) => !commensurable(r.fact, rows[0]!.fact))) {
    return unknown(`Those are different kinds of figure (${rows.map((r) => figure(r.fact)).join(', ')}); I won't rank them against each other.`);
  }
  const smallest = SMALLEST.test(ask.intent.text);
  rows.sort((a, b) => (smallest ? amount(a.fact).comparedTo(amount(b.fact)) : amount(b.fact).comparedTo(amount(a.fact))));
  reply.about(rows[0]!.fact.period).say(`${when(rows[0]!.fact).replace(/^./, (c) => c.toUpperCase())}, ${smallest ? 'smallest' : 'largest'} first:`);
  for (const r of rows) {
    reply.cite(r.fact);
    reply.say(`- ${title(ask.kb.metrics.get(r.id)!.label)}: ${figure(r.fact)}`);
  }
  const [a, b] = rows;
  // Asked for the difference, it is the answer, in percentage points for rates.
  if (rows.length === 2 && DIFFERENCE.test(ask.intent.text) && a!.fact.unit.kind === b!.fact.unit.kind) {
    const la = title(ask.kb.metrics.get(a!.id)!.label);
    const lb = inline(ask.kb.metrics.get(b!.id)!.label);
    const gap = amount(a!.fact).minus(amount(b!.fact));
    const [x, y] = operands(a!.fact, b!.fact);
    const shown = a!.fact.unit.kind === 'percent' ? points(gap, Math.max(a!.fact.decimals, b!.fact.decimals)) : like(a!.fact, gap.abs());
    reply.derive(`${la} − ${lb}`, shown, `${x} − ${y}`);
    reply.say(`The difference is ${shown}: ${la} ${verb(la)} ${figure(a!.fact)} and ${lb} ${figure(b!.fact)} ${when(a!.fact)}.`);
    return reply.answer();
  }
  if (rows.length === 2 && a!.fact.unit.kind === b!.fact.unit.kind && amount(b!.fact).isPositive()) {
    const la = title(ask.kb.metrics.get(a!.id)!.label);
    const lb = inline(ask.kb.metrics.get(b!.id)!.label);
    const times = amount(a!.fact).div(amount(b!.fact));
    const gap = amount(a!.fact).minus(amount(b!.fact));
    const [x, y] = operands(a!.fact, b!.fact);
    if (times.greaterThanOrEqualTo(2)) {
      reply.derive(`${la} ÷ ${lb}`, `${times.toFixed(1)}x`, `${x} ÷ ${y}`);
      reply.say(`${la} ${verb(la)} ${times.toFixed(1)} times ${lb}.`);
    } else {
      const pct = gap.div(amount(b!.fact)).times(100);
      reply.derive(`${la} − ${lb}`, like(a!.fact, gap), `${x} − ${y}`);
      reply.say(`${la} ${verb(la)} ${like(a!.fact, gap)} (${percent(pct)}) more than ${lb}.`);
    }
  }
  return reply.answer();
};
