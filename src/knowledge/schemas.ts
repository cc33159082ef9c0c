// The knowledge types as zod schemas: a citation, a period, a unit, a fact. The types are inferred from
// them; the schemas run only where a fact is checked as it is built (build.ts) and in tests, so the
// modules a question needs import the types alone and a first answer never loads zod (~20 ms).
// zod's v3 API (shipped in zod 4) loads in about a third of v4's time.
import { Decimal } from 'decimal.js';
import { z } from 'zod/v3';

/** One figure of a table row: which column it is in, so a person can find it on the line. */
export const CellSchema = z.object({
  /** The column's period, e.g. "Q1 2024", "March 31, 2024", or "Q1 2024 vs Q1 2023" for a change column. */
  period: z.string(),
  /** Currency and scale of the column, e.g. "RMB thousands", "%", "RMB per ADS". */
  unit: z.string(),
  /** The cell as the release prints it, e.g. "548,824" or "(2,236)". */
  printed: z.string(),
  /** The line the figure stands on, where that is not the citation's (a figure alone on a line too short to quote). */
  line: z.number().int().positive().optional(),
});
export type CitedCell = z.infer<typeof CellSchema>;

export const CitationSchema = z.object({
  /** Path of the release relative to the project root, e.g. data/releases/qfin-2024q1.md */
  document: z.string(),
  /** 1-based line number in that document (for HTML, the source line of the element). */
  line: z.number().int().positive(),
  /** Text of that line as a person reads it, markup stripped: verbatim, so a grader or a person can find it. */
  quote: z.string(),
  /** A table row's full label, where the citation is of table cells. */
  row: z.string().optional(),
  /** The cells of that row the answer uses, each with its column's period and unit. */
  cells: z.array(CellSchema).optional(),
  /** The quoted sentence as a person reads it, where the quote carries footnote marks ("million 4 ,"). */
  reads: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const PeriodSchema = z.discriminatedUnion('kind', [
  /** A span of `months` months ending on `end` (ISO date), e.g. the three months ended 2024-03-31. */
  z.object({
    kind: z.literal('duration'),
    end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    months: z.number().int().min(1).max(12),
    /**
     * The issuer's own name for it, where its year is not the calendar year or its quarters do not end on
     * calendar quarter ends (fiscal Q1 2024 ended December 30, 2023): its identity across the release.
     */
    fiscal: z.object({ year: z.number().int(), quarter: z.number().int().min(1).max(4).optional(), calendar: z.boolean().optional(), /** Named over two calendar years ("Q3 2025/26"). */ split: z.boolean().optional() }).optional(),
    /** Asked by its end date ("the quarter ended December 31, 2024"): that span, never a fiscal issuer's quarter of a like name. */
    dated: z.literal(true).optional(),
  }),
  /** A point in time, e.g. a balance sheet as of 2023-12-31. */
  z.object({ kind: z.literal('instant'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
]);
export type Period = z.infer<typeof PeriodSchema>;

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
  /** For a stated change of a rate: in percentage points ("up 73 bps" is 0.73), not a percentage of the rate. */
  points: z.literal(true).optional(),
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
  /** The further lines the sentence runs onto (text wrapped at a fixed width), each quoted as it reads. */
  continued: z.array(CitationSchema).optional(),
  /**
   * The text is the reader's sentence for a table row (a guidance table read as the outlook prose it abbreviates),
   * never the release's words: an answer may say it, never quote it; its citation quotes the row's line.
   */
  paraphrase: z.literal(true).optional(),
});
export type TextFact = z.infer<typeof TextFactSchema>;
