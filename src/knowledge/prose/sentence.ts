// One sentence read by its figures: each figure mention is given its role by the relation cues (a translation,
// a change, an earlier value, a share, a range end, the value a change arrived at, a part of the subject) or else
// starts a new subject with its metric phrase. A figure whose phrase or period is uncertain is not bound: citable.
import { OTHER_RATES_AFTER } from '../currency-basis.js';
import { comparedAs } from '../sides.js';
import { endOf, periodKey, type Period } from '../period.js';
import { agrees, followsAlone } from './brackets.js';
import { partOfCount } from './count-parts.js';
import { lowEnd, perShareName, unitFor, type Token } from './mentions.js';
import { PeriodPairReader, ownWindow } from './period-pairs.js';
import { ceilingName, marginOf, namesOtherPart, undatedTerm } from './parts.js';
import { BRACKET_LABEL, CLAUSE_BREAK, changedFromDay, datedBracket, firstPeriod, clausePeriod, LABELLED_BRACKET, labelPeriod, lastClause, quarterInWords } from './periods.js';
import { AMOUNT_OF_COUNT, CHAINED, CHANGE_AFTER, CHANGE_BEFORE, EARLIER_BEFORE, PER_SHARE_OF, RATE_NAME, SHARE_AFTER, SHARE_BEFORE, SHARER, VALUE_AFTER_CHANGE, cue, upTo } from './relations.js';
import { changeSubject, clean, phraseBefore, pronoun, qualifierOf, subjectOf, termFor } from './subject.js';
import type { BlockContext, Subject } from './types.js';

const RANGE_LOW = /\bbetween\s*$/i;
const AND = /^\s*,?\s*(?:and|to|-|–)\s*$/i;
/** The line a compared figure names before it: "compared with net income of", "from net sales of". */
const COMPARED_LINE = /\b(?:compared\s+(?:to|with)|versus|from)\s+(?:an?\s+|the\s+)?([a-z][^,;$\d]{2,60}?)\s+(?:of|at)\s*$/i;
/** A sentence that opens on the basis of its changes: "Compared with the first quarter of 2024, ...". */
const LEAD_BASIS = /^\s*(?:compared\s+(?:with|to)|versus|from)\s+([^,]+),/i;
/** Where the words of a compared figure's period end: the next relation ("an increase of", "up 7%"). */
const COMPARISON_END = /\b(?:an? (?:increase|decrease|rise|decline)|up|down)\b/i;
/** Words after a figure that start its comparison: its own period is stated before them. */
const COMPARISON = /,?\s*\b(?:compared|versus|vs\b|an? (?:increase|decrease|rise|decline|improvement)|from|representing|making up|up|down|above|below|more than|less than|higher|lower)\b|\d+(?:\.\d+)?\s?%/i;

export class SentenceReader extends PeriodPairReader {
  constructor(ctx: BlockContext, s: { start: number; text: string }, term: string) {
    super(ctx, s, term);
    const m = LEAD_BASIS.exec(s.text);
    this.lead = m ? firstPeriod(m[1]!, ctx.current) : null;
  }

  read(): this {
    const toks = this.figureTokens();
    let prevEnd = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (this.consumed.has(t)) {
        prevEnd = t.end;
        continue;
      }
      const pre = this.s.text.slice(prevEnd, t.start);
      const post = this.s.text.slice(t.end, toks[i + 1]?.start ?? this.s.text.length);
      this.around = { before: toks[i - 1], beyond: toks[i + 1] ? this.s.text.slice(toks[i + 1]!.end, toks[i + 2]?.start ?? this.s.text.length) : '' };
      const past = this.step(t, pre, post, toks[i + 1]);
      if (past >= 0) prevEnd = t.end + past;
    }
    // "compared with $27.9 million in fiscal Q4 2023, an increase of 13.6%": a change stated after its one comparison is against it.
    if (this.pending && !this.pending.basis) {
      const other = this.figures.filter((f) => f.label === this.pending!.label && f.role === 'value' && periodKey(f.period) !== periodKey(this.pending!.period));
      if (new Set(other.map((f) => periodKey(f.period))).size === 1 && other[0]!.offset < this.pending.offset) this.pending.basis = other[0]!.period;
    }
    return this;
  }

  /** Reads one figure; returns how far past it the next figure's words start (a count's noun), or -1 to leave its words to the next (a statement in points). */
  protected step(t: Token, pre: string, post: string, next: Token | undefined): number {
    // A change in points is a change or nothing: never a rate of its own.
    if (t.points) return this.change(t, pre, post) ? 0 : this.pointsStatement(t);
    // A bracketed prior figure's scale word ("(2,227.5 m)") is its own, no word of the next figure's name.
    if (this.bracketedPrior(t, pre, post)) return /^\s?(?:m|mn|bn|k)\b/i.exec(post)?.[0].length ?? 0;
    if (this.comparedLines(t, pre)) return 0;
    // A change measured from a day ("up $314.3 million from June 30, 2026") makes the subject of this quarter a balance, at its end.
    if (this.subject && periodKey(this.subject.period) === periodKey(this.ctx.current) && cue(CHANGE_BEFORE, pre) && changedFromDay(upTo(upTo(this.s.text.slice(t.end), ';'), CLAUSE_BREAK), this.ctx.current)) this.atEnd(this.subject);
    if (this.translation(t, pre, post) || this.perShare(t, pre, post) || this.amountOfCount(t, pre, post)) return 0;
    if (this.exchangeRate(t, next) || this.share(t, pre, post) || this.change(t, pre, post)) return 0;
    if (this.earlier(t, pre, post) || this.arrivedAt(t, pre, post) || this.range(t, pre, post, next) || this.again(t, pre, post)) return 0;
    return this.value(t, pre, post);
  }

  /** A stated change: "increased 14%", "a 13.0% rise from", "12% decrease quarter over quarter". */
  protected change(t: Token, pre: string, post: string): boolean {
    // "an increase of $870 million, or 16 percent": a change stated as an amount stays a statement.
    if (t.currency && this.subject && /\b(?:increase|decrease|decline|rise|growth|drop)\s+of\s*$/i.test(pre)) {
      this.direction = cue(CHANGE_BEFORE, pre)?.direction ?? 1;
      this.skip(t.text.trim(), t.start, 'a change stated as an amount: kept as a statement');
      this.lastKind = 'change';
      return true;
    }
    if (!t.percent) return false;
    const found = cue(CHANGE_BEFORE, pre) ?? cue(CHANGE_AFTER, post);
    const chained = !found && this.lastKind === 'change' && CHAINED.test(pre);
    if (!found && !chained) return false;
    // "up 5% in USD and up 10% in constant currency to $11.8 billion", "(+4.0% at CER)": a change at other exchange rates is
    // no change of the figures printed; kept as a statement, the subject stays for the value it arrives at.
    if (OTHER_RATES_AFTER.test(post)) {
      this.skip(t.text.trim(), t.start, 'a change in constant currency: kept as a statement');
      this.lastKind = 'change';
      return true;
    }
    // "with the Americas up 4.2%": a part the sentence names without its metric, never the subject's change.
    const before = found && cue(CHANGE_BEFORE, pre) ? pre.slice(0, pre.search(found.pattern)) : '';
    const subject = namesOtherPart(before) && !changeSubject(pre, this.labels()) ? null : this.changeSubjectOf(t, pre);
    if (!subject) {
      this.skip(t.text.trim(), t.start, 'a change whose metric the sentence does not name: kept as a statement');
      // What it is compared with is of that unnamed metric too.
      this.subject = null;
      this.lastKind = 'other';
      return true;
    }
    if (found) this.direction = found.direction ?? 1;
    // "compared with an increase of 1.2% in Q3 2025", "following a 1.8% increase in ...": another period's change, never the subject's; unstated, a statement.
    const clause = upTo(post, /;|,\s+(?:and|while|but|whereas)\b/);
    const other = clausePeriod(clause, subject.period);
    const otherPeriod = other && periodKey(other) !== periodKey(subject.period) ? other : null;
    if (otherPeriod || cue(EARLIER_BEFORE, pre) || /\bfollowing\s+(?:an?\s+)?$/i.test(pre)) {
      if (otherPeriod) this.push(t, { label: subject.label, period: otherPeriod, unit: { kind: 'percent' }, role: 'change' }, 'other');
      else this.skip(t.text.trim(), t.start, 'a change compared with, whose period the sentence does not state: kept as a statement');
      this.lastKind = 'other';
      return true;
    }
    // "... as of June 30, 2018 (an increase of 133%)": against the figure it follows.
    const stated = firstPeriod(upTo(clause, /\bto\s*$/), subject.period);
    // "grew 9.8% for the year": a period of its own is no basis.
    const basis = (stated && periodKey(stated) !== periodKey(subject.period) ? stated : null) ?? (/\([^)]*$/.test(pre) && this.lastKind === 'compare' ? this.last!.period : null) ?? this.lead;
    const fig = this.push(t, { label: subject.label, period: subject.period, unit: { kind: 'percent' }, role: 'change', ...(basis ? { basis } : {}) }, 'change');
    this.pending = basis ? null : fig;
    return true;
  }

  /** The subject a change is said of: the clause's own phrase before its verb, else the sentence's subject. */
  protected changeSubjectOf(t: Token, pre: string): Subject | null {
    const clause = /(?:;|,\s+(?:while|but|whereas))\s+[^;]*$/.test(pre);
    const named = changeSubject(pre, this.labels()) || (clause ? phraseBefore(pre, this.labels()) : '');
    // A new clause about something the sentence cannot name ("the figure was 5% higher") binds nothing; "this was 11.0% lower" is the subject's.
    if (clause && pronoun(named)) return named ? this.subject : null;
    if (!named && !this.subject) return null;
    if (named && (!this.subject || !/^\s*(?:,|and|\(|the latter|this was)/i.test(pre) || /\band\s+\w+.*\b(?:rose|grew|increased|fell|declined|decreased)/i.test(pre))) {
      const period = this.periodFor(t, pre, '');
      if (period) this.subject = { label: named, base: named, period };
    }
    return this.subject;
  }

  /** A figure of another period for comparison: "compared to RMB3,599.2 million in the same period of 2023". */
  protected earlier(t: Token, pre: string, post: string): boolean {
    const subject = this.subject;
    if (subject && BRACKET_LABEL.test(pre)) return this.laterClause(t) || this.bracketed(t, BRACKET_LABEL.exec(pre)![1]!, pre, post);
    const dated = (f = this.last) => !!f && f.role === 'value' && this.adjacent(f) && agrees(t, f.unit) && datedBracket(this.s.text, t, pre, f.period);
    if (!subject || !(cue(EARLIER_BEFORE, pre) || (/\band\s*$/i.test(pre) && this.lastKind === 'compare') || (/^\s*\)?\s*and\s*$/i.test(pre) && this.comparing()) || dated())) return false;
    // Its period is stated after it, else it is the basis of the change before it ("down 23.2% year over year from X").
    // "compared with 16.9 million loans totalling RMB 79.5 billion in 2023": the period after the count's amount.
    const paired = AMOUNT_OF_COUNT.test(post) || PER_SHARE_OF.before.test(post);
    // "... $51.8 million, or $1.05 per share ($1.04 per share on a diluted basis) for the third quarter of fiscal 2023": the period after the amount's per-share figures, within the clause.
    const rest = () => firstPeriod(upTo(upTo(this.s.text.slice(t.end), ';'), COMPARISON_END), subject.period);
    const stated = firstPeriod(post, subject.period) ?? (paired ? (firstPeriod(upTo(this.around.beyond, COMPARISON_END), subject.period) ?? rest()) : null);
    let period = stated ?? (this.lastKind === 'change' ? this.last?.basis : null) ?? null;
    if (!period) {
      this.skip(t.text.trim(), t.start, 'a figure compared with, whose period the sentence does not state');
      return true;
    }
    // A balance compared "as of March 31, 2023" makes the subject a balance, at its period's end; a balance's earlier value "in the same period of 2024" is at that period's end too.
    if (period.kind === 'instant' && subject.period.kind === 'duration') this.atEnd(subject);
    if (subject.period.kind === 'instant') period = endOf(period);
    // A comparison with the figure's own period is no comparison this reader understands.
    if (periodKey(period) === periodKey(subject.period)) {
      this.skip(t.text.trim(), t.start, 'a figure compared with, of the same period as its subject: kept as a statement');
      return true;
    }
    // "a net loss of $3.1 million, compared with net income of $2.0 million": another line's figure stays a
    // statement; the subject's other side ("net income ..., compared to a net loss of $2.2 million") is its figure negated.
    const side = comparedAs(COMPARED_LINE.exec(pre)?.[1], subject.label);
    if (side === 'other') {
      this.skip(t.text.trim(), t.start, 'a figure compared with, of another line than its subject: kept as a statement');
      return true;
    }
    const label = this.nameFor(subject, t);
    this.push(side === 'opposite' ? { ...t, value: t.value.negated() } : t, { label, period, unit: unitFor(t, label, post), role: 'value' }, 'compare');
    if (this.pending) this.pending.basis = period;
    this.pending = null;
    return true;
  }

  /** A comparison in brackets labelled by its period: "41.3% (December 31, 2023: 39.8%)", "(prior year: 4.1%)" (a balance's "prior year" may be the year end: a statement); of the one figure it follows, a per-share one too, at its unit ("¥40 per share (1H FY2024: ¥32)") (brackets.ts). */
  private bracketed(t: Token, label: string, pre: string, post: string): boolean {
    const prev = this.figures[this.figures.length - 1];
    const own = prev?.role === 'value' && this.adjacent(prev) && agrees(t, prev.unit) && followsAlone(this.s.text, this.s.text.lastIndexOf('(', t.start), pre, prev.unit);
    const subject = own && prev.label !== this.subject!.label ? { label: prev.label, base: prev.label, period: prev.period } : this.subject!;
    let period = own ? labelPeriod(label, subject.period) : null;
    if (period?.kind === 'instant' && subject.period.kind === 'duration') this.atEnd(subject);
    if (period && subject.period.kind === 'instant') period = endOf(period);
    if (!period || periodKey(period) === periodKey(subject.period)) {
      this.skip(t.text.trim(), t.start, 'a bracketed comparison whose period or unit the reader cannot match: kept as a statement');
      return true;
    }
    this.push(t, { label: subject.label, period, unit: prev!.unit.kind === 'per_share' ? prev!.unit : unitFor(t, subject.label, post), role: 'value' }, 'compare');
    if (this.pending) this.pending.basis = period;
    this.pending = null;
    return true;
  }

  /** The value a change arrived at: "increased 14% to $13.6 billion", "grew 6.1% from June 30, 2023 to 25.9 million as of June 30, 2024". */
  protected arrivedAt(t: Token, pre: string, post: string): boolean {
    const subject = this.subject;
    if (!subject || (this.lastKind !== 'change' && this.lastKind !== 'compare') || !VALUE_AFTER_CHANGE.test(pre)) return false;
    // "an increase of 7.4% to 16.1%": a range of changes, kept as the statement it is; so is a per-share figure
    // after a line stated as an amount ("revenue of $412.4 million ... to $0.10 per share"): never the line's value.
    const unit = unitFor(t, subject.label, post);
    const amount = this.perShareOfAmount(subject.label, unit);
    // (After a change in points, a rate is the one it arrived at: "expanded 120 basis points to 41.3%".)
    if (amount || (t.percent && this.lastKind === 'change' && !this.last?.points)) {
      this.skip(t.text.trim(), t.start, amount ? 'a per-share figure arrived at by a line stated as an amount: kept as a statement' : 'the upper end of a range of changes: kept as a statement');
      return true;
    }
    const own = clausePeriod(upTo(post, COMPARISON), this.ctx.current);
    if (own && own !== subject.period) {
      for (const f of this.figures) if (f.label === subject.label && f.period === subject.period) f.period = own;
      subject.period = own;
    }
    this.name(t, { label: subject.label, period: subject.period, unit, role: 'value' }, 'subject');
    return true;
  }

  /** A share of a whole: "representing 61.0% of the total", "making up 18.3% of total net revenues". */
  protected share(t: Token, pre: string, post: string): boolean {
    if (!t.percent) return false;
    const whole = SHARE_AFTER.exec(post);
    const subject = this.subject ?? this.sharer(t, pre);
    if (!subject || !(/\brepresenting\s*$/i.test(pre) || (whole && SHARE_BEFORE.test(pre)) || (whole && !this.subject))) return false;
    // "Of total net revenues" is of the total: the name the share handlers look for.
    const of = whole && !/^(?:the\s+)?total\b/i.test(whole[1]!) ? whole[1]!.replace(/^the\s+/i, '').trim() : 'the total';
    this.push(t, { label: marginOf(subject.label, of) ?? `${subject.label} as a share of ${of}`, period: subject.period, unit: { kind: 'percent' }, role: 'value' }, 'other');
    return true;
  }

  /** "Financial institutions supplied 85% of funding", "Net charge-offs were 0.19% of average loans": the part named before the verb. */
  protected sharer(t: Token, pre: string): Subject | null {
    const m = SHARER.exec(pre);
    // (A ratio stated of its base, "the efficiency ratio was 55.7% of revenue", is the ratio's own figure.)
    const label = m && !(/^(?:was|were|is|are)\b/i.test(m[2]!) && RATE_NAME.test(m[1]!)) ? clean(m[1]!) : '';
    const period = label ? this.periodFor(t, pre, '') : null;
    return label && period ? { label, base: label, period } : null;
  }

  /** A range: "between RMB1.6 billion and RMB1.8 billion". */
  protected range(t: Token, pre: string, post: string, next: Token | undefined): boolean {
    const high = this.lastKind === 'low' && AND.test(pre);
    if (!RANGE_LOW.test(pre) && !high) return false;
    const ctx = this.s.text.slice(0, t.start);
    const growth = t.percent ? /(year-(?:on|over)-year growth|growth|increase|decrease)\s+between\s*$/i.exec(ctx) : null;
    const base = high ? this.last!.label : growth ? `${this.subject?.label ?? ''} ${growth[1]}` : subjectOf(pre, post, this.ctx.topic, termFor(this.s.text, this.term, t.start, t.end), this.labels(), !t.currency && !t.percent).label;
    const period = clausePeriod(this.s.text, this.ctx.current) ?? this.ctx.current;
    this.push(t, { label: base, period, unit: unitFor(!high && next && AND.test(post) ? lowEnd(t, next) : t, base, post), role: high ? 'high' : 'low' }, high ? 'other' : 'low');
    if (!high && !t.percent) this.subject = { label: base, base, period };
    return true;
  }

  /** A figure of its own: a new subject, or a part of the subject ("of which RMB513 million was through ...", "412 restaurants: 389 company-owned": count-parts.ts). */
  protected value(t: Token, pre: string, post: string): number {
    const split = t.currency || t.percent ? null : partOfCount(this.s, t, this.figures);
    const part = split ? null : this.subject && (/\bof which\s*$/i.test(pre) || (/\band\s*$/i.test(pre) && this.lastKind === 'part')) ? qualifierOf(post) : null;
    const found = split ? { label: split.label, length: 0, qualifier: null } : part ? { label: `${this.subject!.base} ${part}`, length: 0, qualifier: null } : subjectOf(pre, post, this.ctx.topic, termFor(this.s.text, this.term, t.start, t.end), this.labels(), !t.currency && !t.percent, this.s.text.slice(0, t.start));
    const label = found.label && pronoun(found.label) ? (this.subject?.label ?? '') : found.label;
    // A phrase that runs on past a name (a clause with its date, "which ...") or starts on a preposition ("to shareholders through share", "per diluted share") names nothing.
    // "ARR surpasses $1 billion", "more than 100,000 employees": a bound passed, not the figure.
    if (/\b(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|tops|topped|cross(?:es|ed|ing)|pass(?:es|ed|ing)|more than|in excess of|at least|upwards of)\s+$/i.test(pre)) {
      this.skip(t.text.trim(), t.start, 'a bound passed ("surpasses $1 billion", "more than 100,000"), not the figure: kept as a statement');
      return found.length;
    }
    if (!label || /\b[A-Z][a-z]+ \d{1,2}, \d{4}\b/.test(label) || /^(?:to|of|from|compared|and|or|with|in|on|at|by|for|through|than|as|under|per)\b/i.test(label)) {
      // An unnamed figure breaks the chain: what follows it ("dividend raised 11% to $0.10") is not the subject's.
      this.skip(t.text.trim(), t.start, 'no metric phrase found for this figure');
      this.lastKind = 'other';
      return found.length;
    }
    const stated = split?.whole ? split.whole.period : this.periodFor(t, pre, post); // ("ending the quarter with 412 stores": what was held at the period's end.)
    const period = stated?.kind === 'duration' && /\b(?:ending|ended|closing|closed|finishing|finished)\s+the\s+(?:quarter|period|year|half)\s+with\s+$/i.test(pre) ? endOf(stated) : stated;
    const why = !period ? 'a figure in an "About" paragraph with no period of its own' : undatedTerm(this.s.text, period);
    if (why) {
      this.skip(t.text.trim(), t.start, why);
      return found.length;
    }
    const unit = unitFor(t, label, post);
    const named = unit.kind === 'per_share' ? perShareName(label, post) : ceilingName(this.s.text, pre, label, post);
    // "of which" makes the figure a part of the subject's; a part listed after it ("and ... for Y"), or of a split count, of the same whole.
    const whole = split ? split.whole?.label : !part ? undefined : /\bof which\s*$/i.test(pre) ? this.subject!.label : this.last?.partOf;
    this.name(t, { label: named, period: period!, unit, role: 'value', ...(whole ? { partOf: whole } : {}) }, part ? 'part' : 'subject');
    const q = part ? null : found.qualifier;
    const base = named.replace(/\s+(?:through|for|under)\s+.*$/i, '');
    this.subject = split && this.subject ? this.subject : part ? { ...this.subject!, label: named, period: period! } : { label: q ? `${named} ${q}` : named, base, period: period! };
    if (q) [this.last!.label, this.lastKind] = [this.subject.label, 'part'];
    return found.length;
  }

  /** A figure's own period: stated before it or right after it (up to its comparison), else the sentence's, else the block's. */
  protected periodFor(t: Token, pre: string, post: string): Period | null {
    const rest = post ? upTo(upTo(ownWindow(this.s.text.slice(t.end), post), COMPARISON), ';').replace(LABELLED_BRACKET, ' ') : '';
    const before = this.s.text.slice(0, t.start);
    const [clause, near] = [lastClause(pre), upTo(rest, CLAUSE_BREAK)];
    const named = (after: string) => clausePeriod(`${clause} ${after}`, this.ctx.current) ?? clausePeriod(`${before} ${after}`, this.ctx.current);
    // Its own clause's period first ("Year to date, ... 2.9 million shares, and ... at the end of the quarter"), its quarter said in
    // words ("in the quarter"), else the sentence's last.
    const own = named(near) ?? quarterInWords(`${lastClause(before)} ${near}`, this.ctx.current) ?? named(rest);
    return own ?? (this.ctx.about ? null : this.ctx.current);
  }
}
