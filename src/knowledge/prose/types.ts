// What the prose reader produces: figures bound to a metric phrase with their role and period, and
// numbers deliberately left unbound, with why.
import type { Decimal } from 'decimal.js';
import type { TextBlock } from '../blocks.js';
import type { Unit } from '../fact.js';
import type { Period } from '../period.js';

export interface NarrativeFigure {
  label: string;
  period: Period;
  value: Decimal;
  unit: Unit;
  decimals: number;
  role: 'value' | 'change' | 'low' | 'high';
  line: number;
  sentence: string;
  /** For stated changes: the period compared against. */
  basis?: Period;
  /** For a stated change of a rate: in percentage points, not a percentage of it. */
  points?: true;
  /** Offset of the figure in its block's text, to find the footnote marks that follow it. */
  offset: number;
  /** The label of the figure the sentence states this one as a part of ("..., of which RMB513 million was through X"). */
  partOf?: string;
  /** Its sentence names no period: dated as the release's quarter by default, which the tables may settle otherwise. */
  undated?: boolean;
}

/** A number in the text that is deliberately not a figure, with the reason. */
export interface NonFigure {
  text: string;
  line: number;
  reason: string;
}

/** What the block tells every sentence of it. */
export interface BlockContext {
  block: TextBlock;
  /** The period figures default to: the section's, else the release's quarter. */
  current: Period;
  /** What "that balance", "of such loan balance" refers to in this block. */
  topic: string;
  /** An "About" paragraph: a figure needs a period of its own ("in 2023"), none is assumed. */
  about: boolean;
  /** The release says a bare figure in brackets after a figure is the prior year's ("Prior-year figures are shown in parentheses"). */
  priorInBrackets?: boolean;
}

/** The metric a sentence is speaking of, as its figures are read. */
export interface Subject {
  label: string;
  /** The part-less name ("outstanding loan balance" for "... for ICE"). */
  base: string;
  period: Period;
}
