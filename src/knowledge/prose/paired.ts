// What a sentence reader holds while it reads (the subject, the last figure, a change waiting for its
// basis) and the relations of figures that stand in pairs: a figure and its translation, an amount and
// its per-share figure, a count and its amount, an exchange rate and its one-dollar side.
import { lineAt } from '../blocks.js';
import { namesLoss } from '../sides.js';
import { currencyOf, type Unit } from '../fact.js';
import { endOf, periodKey, yearAgo, type Period } from '../period.js';
import { SCALE_ABBREVIATIONS } from '../numbers.js';
import { comparedList, type ComparedList } from './lists.js';
import { notAFigure, tokens, unitFor, type Token } from './mentions.js';
import { asPoints, POINTS_STATEMENT } from './points.js';
import { datedBracket, firstPeriod, labelPeriod, prosePeriods } from './periods.js';
import { AMOUNT_OF_COUNT, PER_SHARE_OF } from './relations.js';
import type { BlockContext, NarrativeFigure, NonFigure, Subject } from './types.js';

/** Names of balances: a bracketed prior of one may be the prior year's end, not the date a year ago. */
const BALANCE = /\b(?:debt|cash|backlog|assets?|liabilit(?:y|ies)|equity|inventor(?:y|ies)|receivables?|payables?|deposits?|borrowings?|employees|headcount|book value|balance|outstanding|portfolio|capital)\b/i;

export type Kind = 'subject' | 'part' | 'compare' | 'change' | 'low' | 'usd' | 'other';
export type Draft = Omit<NarrativeFigure, 'line' | 'sentence' | 'value' | 'decimals' | 'offset'>;

/** After an average price, the total it comes to: ", for a total of", ", or an aggregate cost of", a bare "for" ("per share for A$21.9m"). */
const TOTAL_AFTER_PRICE = /^\s*(?:per\s+(?:common\s+)?(?:share|ADS|unit))?\s*,?\s*(?:(?:for|at|or|totall?ing)\s+(?:a\s+|an\s+)?(?:total|aggregate)(?:\s+(?:cost|amount|consideration|purchase price))?\s+of|for|totall?ing)\s*(?:approximately\s+|about\s+)?$/i;

export abstract class FigureReader {
  readonly figures: NarrativeFigure[] = [];
  readonly nonFigures: NonFigure[] = [];
  protected subject: Subject | null = null;
  protected last: NarrativeFigure | null = null;
  /** Numbers read as part of a figure before them (the one-dollar side of a rate). */
  protected readonly consumed = new Set<Token>();
  protected lastKind: Kind = 'other';
  protected direction: 1 | -1 = 1;
  /** A stated change still waiting for the period it compares against. */
  protected pending: NarrativeFigure | null = null;
  /** The basis a sentence opens on ("Compared with the first quarter of 2024, ..."). */
  protected lead: Period | null = null;
  /** The figure token before the one being read, and the words after the next one (up to the one after). */
  protected around: { before: Token | undefined; beyond: string } = { before: undefined, beyond: '' };
  /** The sentence's figure tokens, in order. */
  protected toks: Token[] = [];
  /** The lines named since the last comparison, in order: what a list of earlier figures is paired with. */
  protected named: NarrativeFigure[] = [];
  /** A count read with its amount ("19.4 million loans totalling RMB 88.2 billion"): their two names. */
  protected counted: { count: string; amount: string } | null = null;

  constructor(
    protected readonly ctx: BlockContext,
    protected readonly s: { start: number; text: string },
    protected readonly term: string,
  ) {}

  /** The sentence's numbers that are figures; the others listed with why. */
  protected figureTokens(): Token[] {
    const text = this.s.text;
    const all = tokens(text);
    // Digits joined to a word ("Day-1", "H.10") are never figures; listed so every number is accounted for.
    for (const m of text.matchAll(/(?<=[A-Za-z][.-]?)\d+(?:\.\d+)?/g)) {
      if (all.some((t) => t.start < m.index! + m[0].length && m.index! < t.end)) continue;
      this.skip(m[0], m.index!, 'joined to a word: part of a name or code (e.g. "Day-1", "H.10")');
    }
    // Under the release's note that prior-year figures are in brackets, "(1,142.8 m)" after a figure is one.
    const bracketed = (t: Token) => !!this.ctx.priorInBrackets && /\d[^(]{0,12}\(\s*$/.test(text.slice(0, t.start)) && /^\s?(?:(?:m|mn|bn|k)\s*)?\)/i.test(text.slice(t.end));
    this.toks = all.map((t) => asPoints(text, t) ?? t).filter((t) => {
      const why = bracketed(t) ? null : notAFigure(text, t);
      if (why) this.skip(t.text.trim(), t.start, why);
      return !why;
    });
    return this.toks;
  }

  protected skip(text: string, at: number, reason: string): void {
    this.nonFigures.push({ text, line: lineAt(this.ctx.block, this.s.start + at), reason });
  }

  /** A change in points no cue binds: a statement, its words left to the next figure's phrase ("improved 50 bps to 22.0%"). */
  protected pointsStatement(t: Token): number {
    this.skip(t.text.trim(), t.start, POINTS_STATEMENT);
    return -1;
  }

  protected push(t: Token, f: Draft, kind: Kind): NarrativeFigure {
    const value = f.role === 'change' && this.direction < 0 ? t.value.negated() : t.value;
    const line = lineAt(this.ctx.block, this.s.start + t.start);
    const fig: NarrativeFigure = { ...f, value, decimals: t.decimals, line, sentence: this.s.text, offset: this.s.start + t.start, ...(t.points ? { points: true } : {}) };
    this.figures.push(fig);
    this.last = fig;
    this.lastKind = kind;
    // A comparison read closes the list of lines a later list of earlier figures would pair with.
    if (kind === 'compare') this.named = [];
    return fig;
  }

  /** A figure that names a line of its own (not a translation, a per-share figure or a part of one). */
  protected name(t: Token, f: Draft, kind: Kind): NarrativeFigure {
    const fig = this.push(t, f, kind);
    if (kind === 'subject' && !this.named.some((n) => n.label === fig.label)) this.named.push(fig);
    return fig;
  }

  /**
   * "A of $X and B of $Y (Q1 2025: $P and $Q)", "($P and $Q, respectively, a year ago)", "compared with $P and $Q in
   * Q1 2025": earlier figures listed after lines named are the lines' in the order named, only as many figures as
   * lines, of one period and of their units. Otherwise none is bound: a lone figure after two lines is either's.
   */
  protected comparedLines(t: Token, pre: string): boolean {
    const list = comparedList(this.s.text, this.toks, this.toks.indexOf(t), pre);
    // (Most figures start no list: the lines named before one are sought only after a list is found.)
    if (!list) return false;
    const lines = this.listedLines(t);
    if (list.items.length < 2 && lines.length < 2) return false;
    const period = lines[0] && list.closed ? this.listPeriod(list, lines[0].period) : null;
    // "(US$575.2 million and US$261.1 million)": a bracket that names no earlier period lists no comparison.
    if (!period && list.shape === 'bare') return false;
    const fits = (f: NarrativeFigure | undefined, item: Token) => {
      const unit = f && unitFor(item, f.label, '');
      return !!unit && unit.kind === f.unit.kind && currencyOf(unit) === currencyOf(f.unit) && periodKey(f.period) === periodKey(lines[0]!.period);
    };
    const paired = !!period && lines.length === list.items.length && list.items.every((item, k) => fits(lines[k], item));
    for (const [k, item] of list.items.entries()) {
      this.consumed.add(item);
      if (paired) this.push(item, { label: lines[k]!.label, period, unit: unitFor(item, lines[k]!.label, ''), role: 'value' }, 'compare');
      else this.skip(item.text.trim(), item.start, 'a list of compared figures that does not pair one to one with the lines named before it: kept as a statement');
    }
    this.named = [];
    if (!paired) this.lastKind = 'other';
    return true;
  }

  /**
   * The lines named in a list before `t`, in its clause: "A of $X and B of $Y", "A rose 12% to $X and B rose 8% to $Y". A line
   * named after words of its own ("5 restaurants in the quarter, ending the quarter with 287 restaurants") starts the list.
   */
  private listedLines(t: Token): NarrativeFigure[] {
    const clause = this.s.text.lastIndexOf(';', t.start);
    const lines = this.named.filter((f) => f.offset - this.s.start > clause);
    let first = lines.length - 1;
    for (; first > 0; first--) {
      // The line's first figure ("rose 8% to $50.2 million": its change) and the figure before it.
      const opens = this.figures.find((f) => f.label === lines[first]!.label)!.offset;
      const at = this.toks.findIndex((k) => this.s.start + k.start === opens);
      const before = this.toks[at - 1];
      if (!before || !/^\s*\)?\s*(?:,|and\b)/i.test(this.s.text.slice(before.end))) break;
    }
    return lines.slice(Math.max(first, 0));
  }

  /** The one period a compared list names, said of lines of `anchor`; null when none, several, or the lines' own. */
  private listPeriod(list: ComparedList, anchor: Period): Period | null {
    const named = list.shape === 'label' ? labelPeriod(list.when, anchor) : prosePeriods(list.when, anchor).length > 1 ? null : firstPeriod(list.when, anchor);
    const period = named && anchor.kind === 'instant' ? endOf(named) : named;
    // A balance's date compared with a span's figures (or the lines' own period) is no comparison read here.
    return period && periodKey(period) !== periodKey(anchor) && !(period.kind === 'instant' && anchor.kind === 'duration') ? period : null;
  }

  /** "RMB4,153.2 million (US$575.2 million)": the same figure in dollars; "or US$0.60 per ADS". */
  protected translation(t: Token, pre: string, post: string): boolean {
    const prev = this.last;
    if (!prev || !t.currency) return false;
    // (An amount's bracketed figure "per share" is its amount per share, no dollar translation: "$158.3 million ($0.72 per share)"; nor one dated.)
    const perShareOfAmount = prev.unit.kind === 'money' && PER_SHARE_OF.after.test(post);
    if (/^\s*\(\s*$/.test(pre) && t.currency === 'USD' && prev.unit.kind !== 'percent' && !perShareOfAmount && !datedBracket(this.s.text, t, pre, prev.period)) {
      const unit: Unit = prev.unit.kind === 'per_share' ? { ...prev.unit, currency: 'USD' } : { kind: 'money', currency: 'USD', scale: t.scale };
      const kind = this.lastKind;
      this.push(t, { label: prev.label, period: prev.period, unit, role: prev.role }, 'usd');
      this.last = prev;
      this.lastKind = kind === 'subject' || kind === 'part' ? kind : 'usd';
      return true;
    }
    // ("or" a word of its own: "per share for A$21.9m" is the total paid, amountOfCount's.)
    if (prev.unit.kind === 'per_share' && /^\s*per\s[^,;.]{1,40}(?:,\s*|\s+)or\s*$/i.test(pre)) {
      this.push(t, { label: prev.label, period: prev.period, unit: unitFor(t, prev.label, post), role: prev.role }, this.lastKind);
      return true;
    }
    return false;
  }

  /** "Net income of $58.3 million, or $1.42 per diluted share": the amount per share, of the amount's period; the subject stays. */
  protected perShare(t: Token, pre: string, post: string): boolean {
    const prev = this.last;
    // "$0.89 per share ($0.88 per share on a diluted basis)": the same earnings per share on the other basis.
    const basis = /^\s*per\s+(share|ADS)\s+on\s+an?\s+(diluted|basic)\s+basis\b/i.exec(post);
    const said = this.figures[this.figures.length - 1];
    if (said && t.currency && basis && said.unit.kind === 'per_share' && /^\s*per\s+(?:share|ADS)\s*\(\s*$/i.test(pre) && this.adjacent(said)) {
      const [last, lastKind] = [this.last, this.lastKind];
      const label = `${basis[2]!.toLowerCase()} ${said.label.replace(/^(?:basic|diluted)\s+/i, '')}`;
      this.push(t, { label, period: said.period, unit: said.unit, role: said.role }, lastKind);
      this.last = last;
      return true;
    }
    const per = PER_SHARE_OF.after.exec(post);
    if (!prev || !t.currency || !per || prev.unit.kind !== 'money' || !this.adjacent(prev) || !PER_SHARE_OF.before.test(pre)) return false;
    const qualifier = /^(?:non-gaap|adjusted)\s+/i.exec(prev.label)?.[0] ?? '';
    const kind = per[1] ? `${per[1].toLowerCase()} ` : '';
    // A loss per share is no earnings per share: "Net loss was $65.5 million, or $0.94 per share" is a net loss per share.
    const own = prev.label.slice(prev.label.lastIndexOf(':') + 1).trim();
    const label = namesLoss(own) ? `${own} per ${kind}${per[2]}` : /\b(?:net income|net earnings|net loss|earnings|profit)\b/i.test(prev.label) ? `${qualifier}${kind}earnings per ${per[2]}` : `${prev.label} per ${kind}${per[2]}`;
    const [last, lastKind] = [this.last, this.lastKind];
    // (Its sign kept: a minor unit's word, "2.58 pence", is how the release tells which one it is.)
    const unit: Unit = { kind: 'per_share', currency: t.currency, basis: /ADS/i.test(per[2]!) ? 'ADS' : 'share', ...(t.symbol ? { symbol: t.symbol } : {}) };
    this.push(t, { label, period: prev.period, unit, role: prev.role }, lastKind);
    this.last = last;
    return true;
  }

  /** "repurchased 412,000 shares for $21.6 million": the amount of the things just counted, of their period. */
  protected amountOfCount(t: Token, pre: string, post: string): boolean {
    // "1.2 million shares at an average price of $48.10 per share, for a total of $57.7 million": past the price.
    // (A trust's units are its shares: "12.4 million Units at an average price of S$2.42 per Unit, for a total consideration of".)
    const perThing = this.last?.unit.kind === 'per_share' || (this.last?.unit.kind === 'money' && /\bprice\b/i.test(this.last.label));
    const price = this.last && this.adjacent(this.last) && perThing && TOTAL_AFTER_PRICE.test(pre) ? this.last : null;
    const prev = price ? this.figures[this.figures.indexOf(price) - 1] : this.last;
    if (!prev || !(price ?? this.adjacent(prev)) || !t.currency || t.percent || prev.unit.kind !== 'count' || prev.role !== 'value' || !(price || AMOUNT_OF_COUNT.test(pre))) return false;
    const label = `amount of ${prev.label}`;
    this.push(t, { label, period: prev.period, unit: unitFor(t, label, post), role: 'value' }, 'subject');
    // What follows ("up 12.4% from RMB 295.1 billion") is said of the amount; a count compared is of the count.
    if (this.subject?.label === prev.label) {
      this.counted = { count: prev.label, amount: label };
      this.subject = { label, base: label, period: this.subject.period };
    }
    return true;
  }

  /** Whether a per-share figure would be filed under a line the sentence states as an amount (no value of that line). */
  protected perShareOfAmount(label: string, unit: Unit): boolean {
    return unit.kind === 'per_share' && this.figures.some((f) => f.label === label && f.unit.kind === 'money');
  }

  /**
   * "...; earnings per share CHF 26.13 (9M 2025: CHF 22.66)": a bracketed comparison is of the nearest metric in
   * its own clause; in a clause after the subject's last figure it is of that clause's figure, never the subject's.
   */
  protected laterClause(t: Token): boolean {
    if (this.last && !this.s.text.slice(this.last.offset - this.s.start, t.start).includes(';')) return false;
    this.skip(t.text.trim(), t.start, 'a bracketed comparison in a later clause than its subject: kept as a statement');
    return true;
  }

  /** Whether the sentence has compared its subject with another period already. */
  protected comparing(): boolean {
    return this.figures.some((f) => f.label === this.subject?.label && f.role === 'value' && f.period !== this.subject.period);
  }

  protected atEnd(subject: Subject): void {
    const at = endOf(subject.period);
    for (const f of this.figures) if (f.label === subject.label && f.period === subject.period) f.period = at;
    subject.period = at;
  }

  /** Whether `f` is the figure right before the one being read. */
  protected adjacent(f: NarrativeFigure): boolean {
    return !!this.around.before && f.offset === this.s.start + this.around.before.start;
  }

  /** The subject's name for a figure of its kind: a count beside its amount is the count's. */
  protected nameFor(subject: Subject, t: Token): string {
    return this.counted?.amount === subject.label && !t.currency && !t.percent ? this.counted.count : subject.label;
  }

  /**
   * "EUR 1,196.3 m (1,142.8 m)", "12.8% (11.7%)" where the release says prior-year figures are in brackets: the
   * figure's value a year earlier, at its scale. A balance's is not (the prior year's end, or the date a year ago?).
   */
  protected bracketedPrior(t: Token, pre: string, post: string): boolean {
    const prev = this.last;
    if (!this.ctx.priorInBrackets || !prev || !/\(\s*$/.test(pre) || !this.adjacent(prev) || prev.role !== 'value') return false;
    const scale = /^\s?(m|mn|bn|k)\)/i.exec(post)?.[1]?.toLowerCase();
    if (!/^\s?(?:(?:m|mn|bn|k)\s*)?\)/i.test(post) || t.percent !== (prev.unit.kind === 'percent') || (t.currency && t.currency !== currencyOf(prev.unit))) return false;
    if (prev.period.kind !== 'duration' || BALANCE.test(prev.label)) {
      this.skip(t.text.trim(), t.start, 'a prior-year figure in brackets of a balance: kept as a statement');
      return true;
    }
    const unit: Unit = prev.unit.kind === 'money' ? { ...prev.unit, scale: scale ? SCALE_ABBREVIATIONS[scale]! : t.scale > 1 ? t.scale : prev.unit.scale } : prev.unit;
    const [last, lastKind] = [this.last, this.lastKind];
    this.push(t, { label: prev.label, period: yearAgo(prev.period), unit, role: 'value' }, lastKind);
    this.last = last;
    return true;
  }

  /** "RMB7.2203 to US$1.00", "Ps.18.2450 to US$1.00": an exchange rate; the one-dollar side is no figure. */
  protected exchangeRate(t: Token, next: Token | undefined): boolean {
    // "at the rate of Ps.18.2450 to US$1.00" where the other side is not read: the dollar side is still no figure.
    if (t.currency === 'USD' && t.value.eq(1) && /\d\s*to\s*$/i.test(this.s.text.slice(0, t.start))) {
      this.skip(t.text.trim(), t.start, 'the one-dollar side of an exchange rate');
      return true;
    }
    if (!t.currency || t.currency === 'USD' || !/^\s*to\s+US\$\s*1(?:\.0+)?\b/i.test(this.s.text.slice(t.end))) return false;
    this.push(t, { label: `${t.currency} to USD exchange rate`, period: this.ctx.current, unit: { kind: 'fx', from: t.currency, to: 'USD' }, role: 'value' }, 'other');
    if (next) {
      this.skip(next.text.trim(), next.start, 'the one-dollar side of an exchange rate');
      this.consumed.add(next);
    }
    return true;
  }

  protected labels(): string[] {
    return this.figures.map((f) => f.label);
  }
}

