// The typed fact: one figure of a release with its metric, period, unit and the line it stands on.
import type { Decimal } from 'decimal.js';
import { UNSTATED } from './currencies.js';
import type { Currency, Fact, Unit } from './schemas.js';

// The types, from their schemas (schemas.ts, which a first answer does not load).
export type { Currency, Fact, TextFact, Unit } from './schemas.js';

/** The currency of a unit of money (or money per share), null for any other unit. */
export function currencyOf(u: Unit): Currency | null {
  return 'currency' in u ? u.currency : null;
}

export function amount(f: Pick<Fact, 'value' | 'unit'>): Decimal {
  return 'scale' in f.unit ? f.value.times(f.unit.scale) : f.value;
}

const SCALE_WORDS = new Map([[1, ''], [1e3, ' thousands'], [1e5, ' lakhs'], [1e6, ' millions'], [1e7, ' crores'], [1e8, ' hundred millions'], [1e9, ' billions']]);

/** A currency as units name it: its code, or where the release names none, its sign as printed and that it names none ("kr (no currency named)"). */
const named = (u: Unit & { currency: string; symbol?: string }, words: string) =>
  u.currency === UNSTATED ? `${`${u.symbol?.trim() ?? ''}${words}`.trim()} (no currency named)` : `${u.currency}${words}`;

/** A unit in words, as a column or a chart axis states it: "RMB thousands", "%", "loans", "RMB per ADS". */
export function unitWords(u: Unit): string {
  const words = 'scale' in u ? (SCALE_WORDS.get(u.scale) ?? ` × ${u.scale}`) : '';
  switch (u.kind) {
    case 'money':
      return named(u, words);
    case 'count':
      return `${u.noun === 'count' ? 'number' : u.noun}${words}`.trim();
    case 'per_share':
      return `${named(u, '')} per ${u.basis}`;
    case 'percent':
      return '%';
    case 'months':
      return 'months';
    case 'fx':
      return `${u.from} per ${u.to}`;
  }
}
