// The typed fact: one figure of a release with its metric, period, unit and the line it stands on.
import { Decimal } from 'decimal.js';
// zod's v3 API (shipped in zod 4) loads in about a third of v4's time; this module is on the path to
// the first answer. (The Slack and Discord config, loaded only when a platform starts, use v4.)
import { z } from 'zod/v3';
import { CitationSchema } from './citation.js';
import { PeriodSchema } from './period.js';

/** A currency's code: ISO 4217 (USD, EUR, JPY ...), except RMB, which releases and readers use for CNY. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);
export type Currency = z.infer<typeof CurrencySchema>;

export const UnitSchema = z.discriminatedUnion('kind', [
  /** Money in `currency`, the stated number times `scale` (1e3 for a table "in thousands"); `symbol` as the release prints it ("$"), where it is not the currency's usual one. */
  z.object({ kind: z.literal('money'), currency: CurrencySchema, scale: z.number().positive(), symbol: z.string().optional() }),
  /** Money per ADS or per ordinary share. */
  z.object({ kind: z.literal('per_share'), currency: CurrencySchema, basis: z.enum(['ADS', 'share']), symbol: z.string().optional() }),
  z.object({ kind: z.literal('percent') }),
  /** A number of things (users, loans, partners, ADSs), the stated number times `scale`. */
  z.object({ kind: z.literal('count'), scale: z.number().positive(), noun: z.string() }),
  z.object({ kind: z.literal('months') }),
  /** An exchange rate: units of `from` per one unit of `to`. */
  z.object({ kind: z.literal('fx'), from: z.string(), to: z.string() }),
]);
export type Unit = z.infer<typeof UnitSchema>;

export const FactSchema = z.object({
  /** Canonical metric id, e.g. "platform_services.other_services_fees". */
  metric: z.string().min(1),
  /** The release's own words for it. */
  label: z.string().min(1),
  /** The statement or section it stands in. */
  statement: z.string(),
  /** Parent lines, outermost first (platform services, for referral services fees). */
  parents: z.array(z.string()),
  period: PeriodSchema,
  value: z.instanceof(Decimal),
  unit: UnitSchema,
  /** How many decimals the release printed; rendering never shows more precision than the source. */
  decimals: z.number().int().min(0),
  /**
   * What the figure is: the metric's value, a change the release states ("an increase of 12.5%"),
   * the low or high end of a guidance range.
   */
  role: z.enum(['value', 'change', 'low', 'high']),
  /** For a stated change: the period it compares against. */
  basis: PeriodSchema.optional(),
  source: z.enum(['table', 'narrative']),
  /** True when it is a line's total (bold or "Total ..."), which the load checks reconcile. */
  total: z.boolean(),
  citation: CitationSchema,
  /**
   * For a sentence's rounded figure: the table cell that prints it precisely, where that cell's line is
   * too short to quote (knowledge/cell-citations.ts). Answers say so rather than give the rounded figure.
   */
  rounds: CitationSchema.optional(),
  /** For a table figure cited by the sentence that states it (its own line too short to quote): its cell. */
  cell: CitationSchema.optional(),
});
export type Fact = z.infer<typeof FactSchema>;

/** Words the release says about a metric or a topic: definitions, stated reasons, guidance wording. */
export const TextFactSchema = z.object({
  kind: z.enum(['definition', 'reason', 'statement']),
  /** The metric it speaks of, when it is tied to one. */
  metric: z.string().optional(),
  /** What it is about, in the release's words (the defined term, the section title). */
  subject: z.string(),
  text: z.string().min(1),
  section: z.string(),
  citation: CitationSchema,
});
export type TextFact = z.infer<typeof TextFactSchema>;

/** The currency of a unit of money (or money per share), null for any other unit. */
export function currencyOf(u: Unit): Currency | null {
  return 'currency' in u ? u.currency : null;
}

export function amount(f: Pick<Fact, 'value' | 'unit'>): Decimal {
  return 'scale' in f.unit ? f.value.times(f.unit.scale) : f.value;
}

const SCALE_WORDS = new Map([[1, ''], [1e3, ' thousands'], [1e5, ' lakhs'], [1e6, ' millions'], [1e7, ' crores'], [1e9, ' billions']]);

/** A unit in words, as a column or a chart axis states it: "RMB thousands", "%", "loans", "RMB per ADS". */
export function unitWords(u: Unit): string {
  const words = 'scale' in u ? (SCALE_WORDS.get(u.scale) ?? ` × ${u.scale}`) : '';
  switch (u.kind) {
    case 'money':
      return `${u.currency}${words}`;
    case 'count':
      return `${u.noun === 'count' ? 'number' : u.noun}${words}`.trim();
    case 'per_share':
      return `${u.currency} per ${u.basis}`;
    case 'percent':
      return '%';
    case 'months':
      return 'months';
    case 'fx':
      return `${u.from} per ${u.to}`;
  }
}
