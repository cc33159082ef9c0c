// Conversation context, keyed by conversation id (a thread, a DM, a channel): what the last turn was
// about, and the choices it offered. Bounded in number (least recently used go first) and in age.
import { currencyIn } from '../knowledge/currencies.js';
import type { Currency } from '../knowledge/fact.js';
import type { Period } from '../knowledge/period.js';
import type { Choice } from './answer.js';
import type { HistoryOp, Span } from './recognisers/history.js';
import { AMOUNT_WORD, type Operation } from './recognisers/operations.js';
import { modifiersOf, type ModifierName } from './recognisers/modifiers.js';

export interface Turn {
  op: Operation;
  metrics: string[];
  periods: Period[];
  periodsNamed: boolean;
  basis: 'yoy' | 'qoq' | null;
  currency: Currency;
  /** The lines the turn before showed: "add them up" after two turns of one line each is both. */
  earlier: string[];
  /** Every line a run of one-line figure turns for one period has shown ("A?", "and B?", "and C?"): what "add them up" adds. */
  shown?: string[];
  /** The one period the turn before showed, where this turn showed the same line at another ("and a year earlier?"). */
  before?: Period;
  /** Choices offered by a clarifying question, awaiting an answer. */
  choices: Choice[];
  /** With several companies loaded: the key of the company the turn was about (knowledge/companies.ts). */
  company?: string;
  /** The span of quarters the turn was about, and what it did along it ("net income each quarter"). */
  history?: { op: HistoryOp; span: Span };
  /** The question this turn declined, as asked: a follow-up carries it, not the last line answered. */
  declined?: string;
  /** The reply this turn gave: given again word for word, it answers no question asking another operation. */
  reply?: string;
  /** The operation the question named, if any (the turn's `op` is what the dialogue made of it). */
  cued?: Operation;
  /** The segment or basis every line of the turn is of ("sears canada", "adjusted"): a line asked next is of it too (thread-segment.ts). */
  qualifier?: string;
  /** The lines a difference ("A less B") or signed sum took away: "yoy?" after it is that figure's change, worked again. */
  taken?: string[];
  /** The adjusted line whose reconciling items the turn listed: "tax rate they used on it?" asks the adjustments' (reconciling.ts). */
  reconciled?: string;
  /** The parts the turn asked of a buyback (count, amount, price...) or of guidance (its midpoint): "ytd?", "in USD" next asks them again (partsCarried). */
  parts?: ModifierName[];
}

/**
 * The parts a buyback question asked ("how many shares ... and at what avg price"), kept for the thread: a follow-up
 * naming only another period ("ytd?") asks the same parts of it, each answered or declined by name. These modifiers name a part of a buyback.
 */
const PARTS: ModifierName[] = ['price', 'how-many', 'count-bought', 'amount-bought', 'and-amount', 'plan-size', 'remaining', 'spent'];

/** What a turn's operation keeps for the thread: a buyback's parts, guidance's midpoint ("in USD" after "midpoint?" dropped it). */
const KEPT_PARTS: Partial<Record<Operation, ModifierName[]>> = { buyback: PARTS, guidance: ['midpoint'] };

/** The parts a frame asked, kept on its turn. */
export const turnParts = (op: Operation, modifiers: Set<ModifierName>): ModifierName[] => (KEPT_PARTS[op] ?? []).filter((m) => modifiers.has(m));

/**
 * The modifiers a question is answered with: its own, and, where it keeps the thread's buyback or guidance and asks
 * nothing (no modifier, or only which plan: "and the new one?") and names no line of its own, the parts the turn before asked.
 */
// (A follow-up asking anything of its own, "how much have they bought so far under it?", asks its own part, never the thread's too.)
// ("and the max amount in NT$?" after the plan's size in shares asks its amount: no count carried; guidance's currency is its own.)
export function partsCarried(kept: boolean, op: Operation, last: { op: Operation; parts?: ModifierName[] } | undefined, intent: Asking): Set<ModifierName> {
  // (A part's words read for the buyback alone, "size", "how many ... bought", are read again where the thread makes the question
  // the buyback's: "what's the total program size?" after what is left asks the size, never what is left again. An amount
  // asked, "and the max amount in NT$?", is not: read as the size it gave a plan sized in shares its shares again.)
  const own = op === intent.op || asksAmount(intent) ? intent.modifiers : new Set([...intent.modifiers, ...modifiersOf(intent.text, op)]);
  // ("in USD" reads as an amount asked too: with a currency named, it asks that currency only.)
  const same = kept && op === last?.op && !intent.metrics.length && [...own].every((m) => m === 'latest' || (m === 'by-amount' && intent.currency !== null));
  const carries = same && (op === 'guidance' || (op === 'buyback' && !asksAmount(intent)));
  // (Another plan asked, "and the new one?" after "how much of it used?": that plan's part, beside its size, which says which plan it is.)
  const switched: ModifierName[] = own.has('latest') ? ['plan-size'] : [];
  return carries ? new Set([...own, ...(last.parts ?? []), ...switched]) : own;
}

/** What of a question says what it asks: its operation, its modifiers, the lines it names, its words and the currency it names. */
type Asking = { op: Operation; modifiers: Set<ModifierName>; metrics: unknown[]; text: string; currency: Currency | null };

/** An amount asked by its word, a money sign or a currency ("the amount?", "in NT$?", "in euros"): never a count. */
// (currencyIn reads a money sign alone too: "in NT$?", "€?".)
export const asksAmount = (intent: Pick<Asking, 'text' | 'currency'>): boolean => intent.currency !== null || AMOUNT_WORD.test(intent.text) || currencyIn(intent.text) !== null;

/** The lines the thread showed last: the last turn's, or every line of a run of one-line turns ("A?", "and B?", "and C?"). */
export function shownLines(last: Turn): string[] {
  if (last.metrics.length >= 2) return last.metrics;
  return (last.shown?.length ?? 0) >= 2 ? last.shown! : [...new Set([...last.earlier, ...last.metrics])];
}

/**
 * The thread after a question declined before any line was found ("margin?"): no line to carry, and the
 * question itself, so that "and a year ago?" is not answered with the line answered before it. The periods
 * it `named` stay the thread's ("pre tax income 1q23" declined, then "so ETR?" is of Q1 2023, never this quarter).
 */
/** What a declined question asked besides a line: the periods it named, its operation and basis. */
export interface Asked {
  periods: Period[];
  op: Operation;
  basis: Turn['basis'];
  /** The segment it named, from a table left unread: the thread keeps it (unread-lines.ts). */
  qualifier?: string | null;
}

export function declinedTurn(last: Turn | undefined, question: string, current: Period, currency: Currency, asked: Asked = { periods: [], op: 'value', basis: null }): Turn {
  const base: Turn = last ?? { op: 'value', metrics: [], periods: [current], periodsNamed: false, basis: null, currency, earlier: [], choices: [] };
  const periods = asked.periods.length ? { periods: asked.periods, periodsNamed: true } : {};
  // (A change it asked, not the turn's operation before it: a line named next, "and trade?", is asked its growth.
  // Another operation it named, "vs end of June", needs the lines it named, which it never found.)
  const change = asked.op === 'change' ? { op: asked.op, basis: asked.basis } : {};
  const segment = asked.qualifier ? { qualifier: asked.qualifier } : {};
  return { ...base, ...periods, ...change, ...segment, metrics: [], earlier: [], shown: [], choices: [], history: undefined, before: undefined, reply: undefined, declined: question.trim() };
}

export class ContextStore {
  private readonly turns = new Map<string, { turn: Turn; at: number }>();
  private readonly copies = new Map<string, Turn | undefined>();

  constructor(
    private readonly maxConversations = 10_000,
    private readonly maxAgeMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(conversation: string): Turn | undefined {
    if (this.copies.has(conversation)) return this.copies.get(conversation);
    const entry = this.turns.get(conversation);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.maxAgeMs) {
      this.turns.delete(conversation);
      return undefined;
    }
    return entry.turn;
  }

  set(conversation: string, turn: Turn): void {
    if (this.copies.has(conversation)) {
      this.copies.set(conversation, turn);
      return;
    }
    this.turns.delete(conversation);
    this.turns.set(conversation, { turn, at: this.now() });
    while (this.turns.size > this.maxConversations) this.turns.delete(this.turns.keys().next().value!);
  }

  /**
   * A working copy of a conversation's thread, under its own key (a question answered part by part): kept apart from
   * the conversations, so at the bound it forgets none of them. Dropped with `forget`.
   */
  copy(conversation: string, name: string): string {
    const key = `${conversation}\u0000${name}`;
    this.copies.set(key, this.get(conversation));
    return key;
  }

  /** A conversation's turn dropped, or a working copy once done. */
  forget(conversation: string): void {
    if (!this.copies.delete(conversation)) this.turns.delete(conversation);
  }

  get size(): number {
    return this.turns.size;
  }
}
