// Comparing or ranking metrics: "which grew faster, financing income or referral fees?",
// "compare S&M with G&A", "biggest cost line", "difference between A and B" (A − B, in the order named).
import type { Currency } from '../../knowledge/fact.js';
import type { Decimal } from 'decimal.js';
import { change, isBase } from '../../knowledge/derive.js';
import { amount, currencyOf, type Fact } from '../../knowledge/fact.js';
import { periodEnd, periodLabel, priorQuarter, samePeriod, yearAgo, type Period } from '../../knowledge/period.js';
import type { Answer } from '../answer.js';
import type { Ask } from '../frame.js';
import { derived, figure, like, operands, percent, points, when } from '../format.js';
import { commensurable, find, finest } from '../lookup.js';
import { andJoined, inline, Reply, title, unknown, verb, type Handler } from '../reply.js';

type Row = { id: string; fact: Fact };

export const compare: Handler = (ask) => {
  // One total named ("biggest cost line", "which revenue line fell most"): rank its lines, the ones
  // that add up to it at the finest level, or its segments when asked about segments.
  // Lines named after an exclusion ("other than financing income") are left out of the ranking, and the lines under them.
  const out = ask.metrics.filter((id) => ask.signs.get(id) === 'excluded');
  let ids = ask.metrics.filter((id) => !id.startsWith('formula:') && !out.includes(id));
  const leaves = (id: string): string[] => {
    const children = ask.kb.metrics.get(id)?.children ?? [];
    return children.length ? children.flatMap(leaves) : [id];
  };
  // A ratio worked out (gross margin) named beside one line is two figures named, not one total to rank: never the line's parts.
  const ratio = ask.metrics.find((id) => id.startsWith('formula:'));
  if (ratio && ids.length === 1) return unknown(`${title(ask.matcher.label(ratio))} is a ratio I work out, and ${inline(ask.kb.metrics.get(ids[0]!)!.label)} an amount: I won't set one against the other. Ask for each on its own.`, 'not-understood');
  if (ids.length === 1 && (ask.kb.metrics.get(ids[0]!)?.children.length ?? 0) > 1) ids = ask.modifiers.has('segments') ? ask.kb.metrics.get(ids[0]!)!.children : leaves(ids[0]!);
  const left = leaveOut(ask, ids, out);
  if (!Array.isArray(left)) return left;
  ids = left;
  // A family named by its head word ("rank the provision lines"): its members.
  if (!ids.length && ask.family.length >= 2) ids = ask.family;
  if (ids.length < 2) return unknown('Name at least two metrics to compare, e.g. "compare sales and marketing with general and administrative expenses".', 'not-understood');
  const p = ask.periods[ask.periods.length - 1]!;
  if (ask.modifiers.has('growth') || ask.basis !== null) return byGrowth(ask, ids, p);
  // Figures of one kind, in one currency: the currency asked where every line has it, else RMB.
  const inCurrency = (currency: Currency) =>
    ids.flatMap((id) => {
      const f = find(ask.kb, id, p, currency);
      return f && !f.usd ? [{ id, fact: f.fact }] : [];
    });
  let rows = inCurrency(ask.currency);
  if (rows.length < ids.length || rows.some((r) => !commensurable(r.fact, rows[0]!.fact))) rows = inCurrency(ask.kb.currency);
  // Every line named is ranked or named as missing: a side without a figure is never left out unsaid.
  const gaps = ids.filter((id) => !rows.some((r) => r.id === id)).map((id) => inline(ask.kb.metrics.get(id)!.label));
  const gapText = gaps.length ? `The release doesn't give ${gaps.join(', ')} for ${periodLabel(p)}.` : '';
  if (rows.length < 2) return unknown(gapText || `The release doesn't give those figures for ${periodLabel(p)}.`);
  // A balance at a date and a flow over a period are of different timing: never ranked or subtracted.
  const alike = (a: Row, b: Row) => commensurable(a.fact, b.fact) && a.fact.period.kind === b.fact.period.kind;
  // Two percentages, which no ranking sets side by side, still have a gap in points ("gap between them in pp").
  const apart = (a: Row, b: Row) => alike(a, b) || (a.fact.unit.kind === 'percent' && b.fact.unit.kind === 'percent');
  if (rows.length === 2 && ask.modifiers.has('difference') && apart(rows[0]!, rows[1]!) && !gaps.length) return difference(ask, ...rows.map((r) => ({ ...r, fact: finest(ask.kb, r.fact) })) as [Row, Row]);
  if (rows.some((r) => !alike(r, rows[0]!))) {
    const doing = ask.modifiers.has('difference') ? 'take one from the other' : 'rank them against each other';
    return unknown(`Those are different kinds of figure (${rows.map((r) => `${figure(r.fact)} ${when(r.fact)}`).join(', ')}); I won't ${doing}.`);
  }
  return withGap(bySize(ask, rows), gapText);
};

/** The lines ranked without those left out and the lines under them; a line left out that is none of them declines, naming it (never ranked as if it were left out). */
function leaveOut(ask: Ask, ids: string[], out: string[]): string[] | Answer {
  const under = (id: string, o: string): boolean => id === o || (ask.kb.metrics.get(id)?.parent !== undefined && under(ask.kb.metrics.get(id)!.parent!, o));
  const stray = out.find((o) => !ids.some((id) => under(id, o)));
  if (stray) return unknown(`${title(ask.kb.metrics.get(stray)?.label ?? stray)} is none of the lines I would rank here, so I can't leave it out of the ranking. Name the lines to rank, or a line among them to leave out.`, 'not-understood');
  return ids.filter((id) => !out.some((o) => under(id, o)));
}

/** An answer with a sentence naming the lines it could not include, before its formulas. */
function withGap(a: Answer, gap: string): Answer {
  if (!gap || a.status !== 'answer') return a;
  const at = a.text.indexOf('\nHow: ');
  return { ...a, text: at < 0 ? `${a.text}\n${gap}` : `${a.text.slice(0, at)}\n${gap}${a.text.slice(at)}` };
}

/** The comparison a ranking by change runs over: from the earlier period named, else a year (or a quarter) before. */
function basisOf(ask: Ask): { name: string; from: (to: Period) => Period } {
  if (ask.periods.length >= 2) {
    const from = [...ask.periods].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)))[0]!;
    return { name: `since ${periodLabel(from)}`, from: () => from };
  }
  return ask.basis === 'qoq' ? { name: 'quarter over quarter', from: priorQuarter } : { name: 'year over year', from: yearAgo };
}

/** Lines ranked by their change, in % or (asked "in RMB terms") in amount. */
function byGrowth(ask: Ask, ids: string[], p: Period) {
  const reply = new Reply(ask.kb);
  const basis = basisOf(ask);
  const byAmount = ask.modifiers.has('by-amount');
  const rows: { label: string; by: number; text: string }[] = [];
  const gaps: string[] = [];
  for (const id of ids) {
    const now = find(ask.kb, id, p, ask.kb.currency);
    const then = now && find(ask.kb, id, basis.from(now.fact.period), ask.kb.currency);
    const c = now && then ? change(then.fact, now.fact) : null;
    if (!now || !then || !c || (!c.pct && !byAmount)) {
      // (A percentage change from a negative or zero figure would mislead: said, not ranked.)
      if (then && c) reply.cite(then.fact);
      const why = then && c ? `from ${figure(then.fact)} ${when(then.fact)}, no percentage change` : `no figure for ${periodLabel(now ? basis.from(now.fact.period) : p)}`;
      gaps.push(`${inline(ask.kb.metrics.get(id)!.label)} (${why})`);
      continue;
    }
    const label = title(ask.kb.metrics.get(id)!.label);
    reply.cite(now.fact, then.fact).about(now.fact.period);
    const [n, t] = operands(now.fact, then.fact);
    const amountText = `${c.delta.isNegative() ? 'down' : 'up'} ${like(now.fact, c.delta.abs())}`;
    const pctText = c.pct ? `${c.pct.isNegative() ? 'down' : 'up'} ${percent(c.pct.abs())}` : '';
    if (byAmount) reply.derive(`${label} change ${basis.name}`, like(now.fact, c.delta), `${n} − ${t}`);
    else reply.derive(`${label} ${basis.name}`, percent(c.pct!), `(${n} − ${t}) ÷ ${t} × 100`);
    const shown = c.delta.isZero() ? 'unchanged' : byAmount ? `${amountText}${pctText ? ` (${pctText})` : ''}` : pctText;
    rows.push({ label, by: (byAmount ? c.delta : c.pct!).toNumber(), text: `${label}: ${shown} ${basis.name} (${figure(now.fact)} ${when(now.fact)} vs ${figure(then.fact)} ${when(then.fact)})` });
  }
  const gapText = gaps.length ? `Not ranked ${basis.name}: ${gaps.join(', ')}.` : '';
  if (rows.length < 2) return unknown(gapText || `The release doesn't give figures ${basis.name} for all of those.`);
  // "Which fell more" ranks by decline; "which moved most" (no direction said) by size either way; otherwise by growth.
  const falls = ask.modifiers.has('falls');
  const moves = ask.modifiers.has('moves') && !falls && !ask.modifiers.has('rises');
  rows.sort((a, b) => (moves ? Math.abs(b.by) - Math.abs(a.by) : falls ? a.by - b.by : b.by - a.by));
  const top = rows[0]!;
  const lead = moves ? `moved the most (${top.by < 0 ? 'down' : 'up'})` : falls ? (top.by < 0 ? 'fell the most' : 'grew least (none fell)') : top.by > 0 ? 'grew the most' : 'fell least (none grew)';
  reply.say(`${top.label} ${lead}${byAmount ? ' in amount' : ''} ${basis.name}:`);
  for (const r of rows) reply.say(`- ${r.text}`);
  return withGap(reply.answer(), gapText);
}

/** A gap between two amounts: of figures rounded in prose ("$4.5 billion" less "$3.2 billion"), no finer than the coarsest ("$1.3 billion"). */
const rounded = (gap: Decimal, a: Fact, b: Fact) => (a.source === 'narrative' || b.source === 'narrative' ? derived(gap, a, b) : like(a, gap));

/** "Difference between A and B": A − B, in the order named; percentage points for rates. */
function difference(ask: Ask, a: Row, b: Row) {
  const reply = new Reply(ask.kb).cite(a.fact, b.fact).about(a.fact.period);
  const la = title(ask.kb.metrics.get(a.id)!.label);
  const lb = inline(ask.kb.metrics.get(b.id)!.label);
  const gap: Decimal = amount(a.fact).minus(amount(b.fact));
  const [x, y] = operands(a.fact, b.fact);
  const size = a.fact.unit.kind === 'percent' ? points(gap, Math.max(a.fact.decimals, b.fact.decimals)) : rounded(gap.abs(), a.fact, b.fact);
  const shown = gap.isNegative() ? `-${size}` : size;
  reply.derive(`${la} − ${lb}`, shown, `${x} − ${y}`);
  const relation = gap.isZero() ? 'the same as' : gap.isNegative() ? `${size} less than` : `${size} more than`;
  reply.say(`${la} minus ${lb} is ${shown} ${when(a.fact)}: ${la} (${figure(a.fact)}) ${verb(la)} ${relation} ${lb} (${figure(b.fact)}).`);
  const bridge = bridgeOf(ask, a, b, gap.abs());
  if (bridge) reply.cite(bridge).say(`That is ${inline(bridge.label.replace(/^(?:add|less|plus|minus)\s*:\s*/i, ''))} (${figure(bridge)}), the line the release prints between the two.`);
  return reply.answer();
}

/** Lines apart within which a figure stands between two lines as what tells them apart (a reconciliation's "Add:" item). */
const BRIDGE_SPAN = 4;

/**
 * The figure the release prints between the two lines that equals their difference: "Add: Share-based
 * compensation expenses" between net income and non-GAAP net income. The gap is then the release's own
 * figure, cited, not only a computation; any copy of either line (a reconciliation repeats them) counts.
 */
function bridgeOf(ask: Ask, a: Row, b: Row, gap: Decimal): Fact | undefined {
  if (gap.isZero()) return undefined;
  const copies = (r: Row) => ask.kb.all(r.id, r.fact.period).filter((f) => currencyOf(f.unit) === currencyOf(r.fact.unit));
  for (const x of copies(a)) {
    for (const y of copies(b)) {
      if (x.citation.document !== y.citation.document || Math.abs(x.citation.line - y.citation.line) > BRIDGE_SPAN) continue;
      const [lo, hi] = [Math.min(x.citation.line, y.citation.line), Math.max(x.citation.line, y.citation.line)];
      const found = ask.kb.facts.find((f) => f.role === 'value' && f.citation.document === x.citation.document && f.citation.line > lo && f.citation.line < hi && samePeriod(f.period, x.period) && currencyOf(f.unit) === currencyOf(x.unit) && amount(f).equals(gap));
      if (found) return found;
    }
  }
  return undefined;
}

/** Lines ranked by size, largest first unless asked smallest; two lines also set against each other. */
function bySize(ask: Ask, rows: Row[]) {
  const reply = new Reply(ask.kb);
  const smallest = ask.modifiers.has('smallest');
  rows.sort((a, b) => (smallest ? amount(a.fact).comparedTo(amount(b.fact)) : amount(b.fact).comparedTo(amount(a.fact))));
  const out = [...ask.signs].filter(([id, sign]) => sign === 'excluded' && ask.metrics.includes(id)).map(([id]) => inline(ask.kb.metrics.get(id)!.label));
  const without = out.length ? `, leaving out ${andJoined(out)}` : '';
  reply.about(rows[0]!.fact.period).say(`${when(rows[0]!.fact).replace(/^./, (c) => c.toUpperCase())}, ${smallest ? 'smallest' : 'largest'} first${without}:`);
  for (const r of rows) reply.cite(r.fact).say(`- ${title(ask.kb.metrics.get(r.id)!.label)}: ${figure(r.fact)}`);
  const [a, b] = rows;
  if (rows.length !== 2 || a!.fact.unit.kind !== b!.fact.unit.kind || !isBase(amount(b!.fact))) return reply.answer();
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
    const more = rounded(gap, a!.fact, b!.fact);
    reply.derive(`${la} − ${lb}`, more, `${x} − ${y}`);
    reply.say(`${la} ${verb(la)} ${more} (${percent(pct)}) more than ${lb}.`);
  }
  return reply.answer();
}
