// Ambiguity refiner: a name that fits several lines is settled to one where their figures agree, or a number the question
// says picks among their labels ("the 2024 plan"); otherwise the bot asks, showing each line's figure. A family's head word
// left over ("provisions") is narrowed by the other words, or asked about. A reply to a clarifying question picks its choice by number or by its distinctive words.
import { amount } from '../../knowledge/fact.js';
import { words } from '../../knowledge/labels.js';
import type { Period } from '../../knowledge/period.js';
import type { Answer, Choice } from '../answer.js';
import { NEUTRAL } from '../catalog.js';
import { familyOf, narrow } from '../families.js';
import { figure, when } from '../format.js';
import type { Lexicon } from '../lexicon.js';
import { find } from '../lookup.js';
import { recognise, wholeName, type Intent } from '../recognisers/index.js';
import { twinBase, type MetricMatch } from '../recognisers/metrics.js';
import { FIGURE_OPS, OPERATION_CUES, PERCENT_ASKED, RANKING } from '../recognisers/operations.js';
import { clarify } from '../reply.js';
import { takesAll } from './items-counted.js';
import { segmentOf } from '../thread-segment.js';

/** One line (an id), several to answer each (an id list), or a question with the choices. */
export function settle(lex: Lexicon, match: MetricMatch, intent: Intent, period: Period, followUp = false, segment?: string): string | string[] | Answer {
  if (match.ids.length === 1) return (!followUp && narrower(lex, match, intent, period)) || match.ids[0]!;
  const kinded = ofKindAsked(lex, intent, match.ids);
  if (kinded.length < match.ids.length) return settle(lex, { ...match, ids: kinded }, intent, period, followUp, segment);
  // A number the question says that only some labels hold ("the 2024 plan") picks those.
  const numbers = (intent.bare.match(/\b\d{2,4}\b/g) ?? []).map((n) => new RegExp(`\\b${n}\\b`));
  const labelled = match.ids.filter((id) => numbers.some((n) => n.test(lex.matcher.label(id))));
  if (labelled.length && labelled.length < match.ids.length) return settle(lex, { ...match, ids: labelled }, intent, period, false, segment);
  // "Both X lines added together", "X, both segments combined", "add up the two X lines": every line the one name fits is a term of the sum.
  if (intent.ops[0] === 'sum' && intent.metrics.length === 1 && takesAll(intent.text, match.ids.length) && !match.ids.some((id) => id.startsWith('formula:'))) return match.ids;
  // A ratio's name that an amount line also bears ("Gross margin" printed in dollars): the ratio where a
  // percentage is asked, the amount where a currency is.
  const ratios = match.ids.filter((id) => id.startsWith('formula:'));
  if (ratios.length === 1 && PERCENT_ASKED.test(intent.text)) return ratios[0]!;
  if (ratios.length === 1 && intent.currency) return settle(lex, { ...match, ids: match.ids.filter((id) => id !== ratios[0]) }, intent, period, false, segment);
  const amounts = amountsAsked(lex, match.ids, intent, period);
  if (amounts.length && amounts.length < match.ids.length) return settle(lex, { ...match, ids: amounts }, intent, period, followUp, segment);
  const company = unsegmented(lex, match.ids, intent, segment);
  if (company.length && company.length < match.ids.length) return settle(lex, { ...match, ids: company }, intent, period, followUp, segment);
  const apart = saidApart(lex, match.ids, intent.bare);
  if (apart) return settle(lex, { ...match, ids: [apart.id] }, intent, period, followUp, segment);
  // The one line whose label says nothing beyond the words asked ("cash & equivalents": not the "total cash" of the CFO's remarks).
  const asked = new Set(words(intent.text.slice(match.start, match.end)));
  const plain = match.ids.filter((id) => !id.startsWith('formula:') && words(lex.matcher.label(id)).every((w) => asked.has(w)));
  const twins = new Set(match.ids.map((id) => twinBase(lex.matcher.label(id)))).size === 1;
  if (plain.length === 1 && !twins) return plain[0]!;
  // Else the one whose label adds only a neutral word ("Total Sales" for "sales"; not "External Sales", a part).
  const neutral = plain.length ? [] : match.ids.filter((id) => !id.startsWith('formula:') && words(lex.matcher.label(id)).every((w) => asked.has(w) || NEUTRAL.has(w)));
  if (neutral.length === 1 && !twins) return neutral[0]!;
  const found = match.ids.map((id) => ({ id, f: id.startsWith('formula:') ? null : find(lex.kb, id, period, lex.kb.currency) }));
  const values = new Set(found.map((x) => (x.f ? amount(x.f.fact).toString() : 'none')));
  // One figure under every name; none for the period at all is for the handler to say.
  if (values.size === 1) return values.has('none') ? match.ids : match.ids[0]!;
  // A line with no figure for the period (an outlook's "Diluted EPS" beside the statement's) is no choice where the name asked names the others whole; partial fits ("net debt" of ratios) all stay.
  const figured = intent.ops.includes('guidance') ? [] : found.filter((x) => x.f || x.id.startsWith('formula:')).map((x) => x.id);
  if (figured.length && figured.length < found.length && figured.every((id) => wholeName(lex, match.name).includes(id))) return settle(lex, { ...match, ids: figured }, intent, period, followUp, segment);
  // Current and non-current lines of one item: answer each, labelled.
  if (twins) return match.ids;
  // "Diluted EPS" beside "EPS before cumulative effect of ... (Diluted)": a line "before" an item leaves it
  // out; the name unqualified is the one line that leaves nothing out.
  const before = (id: string) => /\bbefore\b/i.test(lex.matcher.label(id));
  const entire = asked.has('before') ? [] : match.ids.filter((id) => !id.startsWith('formula:') && !before(id));
  if (entire.length === 1 && match.ids.length > 1 && found.some((x) => x.id === entire[0] && x.f)) return entire[0]!;
  const whole = leastQualified(lex, match.ids, asked);
  if (whole && found.some((x) => x.id === whole && x.f)) return whole;
  const choices: Choice[] = found.map(({ id }) => {
    const label = lex.matcher.label(id);
    return { label, question: `${intent.text.slice(0, match.start)}${label.toLowerCase()}${intent.text.slice(match.end)}` };
  });
  const lines = found.map(({ id, f }) => `- ${lex.matcher.label(id)}${f ? `: ${figure(f.fact)} ${when(f.fact)}` : ''}`);
  return clarify(
    `"${match.name}" fits ${choices.length} lines of the release with different figures:\n${lines.join('\n')}\nWhich one do you mean?`,
    choices,
    found.flatMap((x) => (x.f ? [x.f.fact.citation] : [])),
  );
}

/** A line that is a ratio of what it names to a whole: "Net charge-offs as a share of average loans", "... to average loans". */
const OF_WHOLE = /\bas an? (?:share|percentage|proportion) of\b|\bto (?:average|total)\b|\bratio\b/i;

/**
 * The lines a name fits less its ratios to a whole, where the question asks no rate ("net charge-offs", "provision less
 * NCOs"): the amount, never the percentage a line sharing its words states of something else.
 */
function amountsAsked(lex: Lexicon, ids: string[], intent: Intent, period: Period): string[] {
  if (PERCENT_ASKED.test(intent.text) || /\b(?:ratios?|rates?|shares?|proportions?)\b/i.test(intent.text)) return ids;
  const ratio = (id: string) => !id.startsWith('formula:') && OF_WHOLE.test(lex.matcher.label(id)) && find(lex.kb, id, period, lex.kb.currency)?.fact.unit.kind === 'percent';
  return ids.filter((id) => !ratio(id));
}

/**
 * The lines a name fits less those of a segment the question does not name: a segment's line ("Total Revenues" of a
 * segment's section) is a part of the company's, so a name said with no segment's name is the company's line
 * ("revenue": "Total sales and revenues", never one segment's). In a thread about a segment, its lines stay
 * (thread-segment.ts answers them, or declines).
 */
function unsegmented(lex: Lexicon, ids: string[], intent: Intent, segment: string | undefined): string[] {
  const named = new Set(words(intent.text));
  const asked = (part: string | null) => !part || part === segment || words(part).every((w) => named.has(w));
  return ids.filter((id) => id.startsWith('formula:') || asked(segmentOf(lex, id)));
}

// (Numbers say no line apart: "June 30" is no "1-30 days" bucket; a number that picks a label is the step before's.)
/** The words of a reply or question that can set one label apart from others. */
const wordsSaid = (text: string) => new Set(words(text).filter((w) => !/\d/.test(w)));

/**
 * The one line of several a name fits whose own words (those the others' labels lack) the question says, where no
 * other's are said: "thermal & trading EBITDA" of a segment printed in a revenue table and an EBITDA table is the
 * EBITDA table's line, whatever the words between ("why was thermal & trading EBITDA down?", "EBITDA of thermal &
 * trading"). Both said ("revenue and EBITDA"), or neither, leaves the name as ambiguous as it was.
 */
export function saidApart(lex: Lexicon, ids: string[], text: string): { id: string; words: string[] } | null {
  if (ids.length < 2 || ids.some((id) => id.startsWith('formula:'))) return null;
  const labels = ids.map((id) => words(lex.matcher.label(id)));
  const said = wordsSaid(text);
  const hits = labels.map((l) => l.filter((w) => said.has(w) && !labels.every((o) => o.includes(w))));
  const one = hits.filter((h) => h.length);
  return one.length === 1 ? { id: ids[hits.indexOf(one[0]!)]!, words: one[0]! } : null;
}

/**
 * The names asked as lines of their own: a name whose every word only sets another name's line apart, and which
 * could itself be that line ("EBITDA" in "EBITDA of thermal & trading"), is part of that name, never a second line
 * answered beside it (the group's EBITDA). A name that could not be that line is a line of its own, however its
 * words overlap: "provisions for AR/contract assets and for financial assets receivable" asks for both.
 */
export function ownNames(lex: Lexicon, matches: MetricMatch[], intent: Intent): MetricMatch[] {
  const apart = matches.map((m) => saidApart(lex, m.ids, intent.bare));
  const partOf = (m: MetricMatch, i: number) =>
    apart.some((a, j) => a && j !== i && m.ids.includes(a.id) && words(intent.text.slice(m.start, m.end)).every((w) => a.words.includes(w)));
  return matches.filter((m, i) => apart[i] || !partOf(m, i));
}

/**
 * Words in a line's name that say its basis or sign, not a part of it ("GAAP operating margin", "Net (decrease)
 * increase in cash", "Other comprehensive (loss) income"; "Flow Control (Segment operating income)" is the segment's).
 */
const NOT_A_PART = new Set(words('gaap reported consolidated group segment decrease increase loss gain benefit deficit'));

/**
 * The one line a name fits, where it is a part of what was asked: its label is the words asked and words the
 * question says none of, and it adds up into a whole named by the noun asked ("Mobile services revenue", "Revenue
 * from mobile services", lines of "Total revenue", for "service revenue"). The whole asked may be printed under no
 * name the bot knows, or not at all: never answered silently as the narrower line, it is asked about, with its
 * figure. (A follow-up's words name a part of the thread's line on purpose: "and the noncurrent one?".)
 */
function narrower(lex: Lexicon, match: MetricMatch, intent: Intent, period: Period): Answer | null {
  const metric = lex.kb.metrics.get(match.ids[0]!);
  const whole = metric?.parent && lex.kb.metrics.get(metric.parent);
  // A label joining things ("Freight and handling revenue") is more than its first, not a part of it.
  if (!metric || !whole || /\band\b|&/i.test(metric.label)) return null;
  // (The section a repeated label is shown with, "EMEA (Backlog by region)", says which table, not a narrower part.)
  const [line, asked] = [words(metric.label.replace(` (${metric.statement})`, '')), words(intent.text.slice(match.start, match.end))];
  // "30d" says the "30" of "30-day".
  const said = new Set(words(intent.text.replace(/(\d)([a-z])/gi, '$1 $2')));
  // The issuer's own name in a label ("TOTAL QIFU TECHNOLOGY INC EQUITY") qualifies nothing.
  const own = new Set(lex.kb.issuer.names.map(words).filter((n) => n.every((w) => line.includes(w))).flat());
  const extra = line.filter((w) => !asked.includes(w));
  if (!asked.length || !asked.every((w) => line.includes(w)) || extra.some((w) => said.has(w))) return null;
  if (extra.every((w) => NEUTRAL.has(w) || NOT_A_PART.has(w) || own.has(w)) || words(whole.label).at(-1) !== asked.at(-1)) return null;
  const f = find(lex.kb, metric.id, period, lex.kb.currency);
  const question = `${intent.text.slice(0, match.start)}${metric.label.toLowerCase()}${intent.text.slice(match.end)}`;
  return clarify(
    `The release prints no line named "${match.name}"; the nearest, ${metric.label}${f ? ` (${figure(f.fact)} ${when(f.fact)})` : ''}, is narrower. Is that the one you mean?`,
    [{ label: metric.label, question }],
    f ? [f.fact.citation] : [],
  );
}

/** Stems of words that set a line apart from another rather than narrow it ("non-current", "other", "excluding"). */
const APART = new Set(words('non noncurrent other excluding ex less without'));

/**
 * The line the name means unqualified: the one whose words beyond those asked every other line's label
 * also holds, with more ("Common shares repurchased" beside "Financial Products common shares
 * repurchased", a consolidating table's segment columns). The others are its parts, each named by a
 * qualifier the question did not say; lines qualified each their own way ("External", "Total") stay a question.
 */
function leastQualified(lex: Lexicon, ids: string[], asked: Set<string>): string | null {
  const extra = ids.filter((id) => !id.startsWith('formula:')).map((id) => ({ id, w: new Set(words(lex.matcher.label(id)).filter((x) => !asked.has(x))) }));
  if (extra.length !== ids.length) return null;
  // (A word that sets a line apart by negation, "Non-current assets", "Other", names its complement, no part.)
  const within = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((x) => b.has(x)) && ![...b].some((x) => !a.has(x) && APART.has(x));
  const fits = extra.filter((e) => extra.every((o) => o === e || within(e.w, o.w)));
  return fits.length === 1 ? fits[0]!.id : null;
}

/**
 * Of lines of several kinds, those of the kind the question asks for: "per share" a per-share figure; a
 * name said without it ("net income", "core FFO in dollars") the amount, never its per-share line. All,
 * where none or every one is of that kind.
 */
function ofKindAsked(lex: Lexicon, intent: Intent, ids: string[]): string[] {
  // ("How many" picks no count here: a count asked among lines of other kinds is still asked which.)
  const kind = intent.modifiers.has('per-share') ? 'per_share' : 'money';
  // ("How much" of a thing both counted and paid for, "how much stock did they issue": the amount.)
  const beside = intent.modifiers.has('amount-asked') && !intent.modifiers.has('how-many') ? ['per_share', 'count'] : ['per_share'];
  const kept = ids.filter((id) => lex.kindOf(id) === kind);
  return kept.length && (kind !== 'money' || ids.every((id) => kept.includes(id) || beside.includes(lex.kindOf(id) ?? ''))) ? kept : ids;
}

const SHARE_CUE = new RegExp(OPERATION_CUES.find((c) => c.op === 'share')!.cues.source, 'g');

/** Whether a word stands in the cue of a share asked ("share of", "as a share of"): a proportion's word, no line's. */
function shareCue(intent: Intent): (t: { start: number; end: number }) => boolean {
  const spans = intent.ops.includes('share') ? [...intent.text.matchAll(SHARE_CUE)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  return (t) => spans.some((s) => t.start >= s.start && t.end <= s.end);
}

/** Text ending in "per" (as the per-share modifier reads it): the next word is the unit. */
const PER_UNIT = /\bper (?:class [a-z] )?(?:ordinary )?$/;

/**
 * A family's head word left over ("loan provisions"): the members the other words point to, a question, or null.
 * Several names under one head ("provisions for AR and for financial assets") are each narrowed to their own
 * member, or asked about: one member picked for all of them would silently drop the others.
 */
export function familyHead(lex: Lexicon, intent: Intent, qualified: MetricMatch[]): { ids: string[] } | Answer | null {
  // (Only a question for a figure has lines to choose among: "financial highlights" is a summary. A
  // family to add, break down or rank is a set, not a name to narrow down: "rank the provision lines".)
  if (intent.ops.includes('sum') || intent.ops[0] === 'breakdown' || !FIGURE_OPS.includes(intent.ops[0]!)) return null;
  if (intent.ops[0] === 'compare' && !intent.metrics.length && RANKING.test(intent.text.replace(/\bwhich\b/g, ''))) return null;
  // "Per share" after a line's name says its unit ("dividend per share"): its "share" heads no family.
  const unit = (t: { start: number }) => intent.modifiers.has('per-share') && PER_UNIT.test(intent.text.slice(0, t.start));
  // "Share" in "as a share of total net sales" is a proportion asked, never the share count.
  const proportion = shareCue(intent);
  const leftover = lex.matcher.unexplained(intent.text, [...intent.metrics, ...qualified]).filter((t) => !unit(t) && !proportion(t));
  const head = leftover.find((t) => familyOf(lex.kb, t).length);
  if (!head) return null;
  const members = familyOf(lex.kb, head);
  const nameStemsAsked = intent.metrics.flatMap((m) => words(m.name));
  const others = leftover.filter((t) => t !== head && lex.matcher.isNameWord(t.word)).map((t) => t.stem);
  const strict = narrow(lex.kb, members, [...nameStemsAsked, ...others]);
  const fits = strict.length ? strict : narrow(lex.kb, members, nameStemsAsked);
  // ("noncurrent trust payables", "fx translation adj in OCI": a word only one member holds chooses it, whatever else is said.)
  const apart = saidApart(lex, fits.length ? fits : members, intent.text);
  // (Else a word of other lines no member holds, "EBITDA" of "Gold EBITDA" over gold production, or a line named beside
  // the head that no member is, "personal lines NPW", is never dropped: the family is not what was asked.)
  const unheld = !strict.length && others.some((st) => !NEUTRAL.has(st) && !members.some((id) => lex.lineWords(id).has(st)) && [...lex.kb.metrics.keys()].some((id) => lex.matcher.labelStems(id).includes(st)));
  if (!apart && (unheld || (!fits.length && nameStemsAsked.length && qualified.length <= 1))) return null;
  const kinded = apart ? [apart.id] : ofKindAsked(lex, intent, fits.length ? fits : members);
  if (qualified.length > 1) {
    const each = qualified.map((m) => ofKindAsked(lex, intent, narrow(lex.kb, members, words(m.name))));
    if (each.every((e) => e.length === 1)) return { ids: [...new Set(each.flat())] };
  } else if (kinded.length === 1) return { ids: kinded };
  const choices = (fits.length ? fits : members).map((id) => ({ label: lex.matcher.label(id), question: `${intent.text.replace(/[?.!]+$/, '')} (${lex.matcher.label(id).toLowerCase()})` }));
  return clarify(`Which ${head.word} line do you mean?\n${choices.map((c) => `- ${c.label}`).join('\n')}`, choices);
}

/** The words of a question asked anew, which a pick among choices does not hold. */
const ASKS_ANEW = /\b(?:how (?:many|much)|why|when|what (?:was|is|were|are|about|did|does))\b/;

/**
 * The choice a reply to a clarifying question picks, by its distinctive words or its number. With the lexicon, a
 * reply naming lines of the release none of which is the choice its words point to is a new question ("and AFFO?"
 * to a choice whose heading reads "Reconciliation of Net Income to FFO and AFFO"), not that pick.
 */
export function pick(text: string, choices: Choice[], lex?: Lexicon): Choice | null {
  const chosen = pickOf(text, choices);
  if (!chosen || !lex) return chosen;
  const id = [...lex.kb.metrics.keys()].find((k) => lex.matcher.label(k) === chosen.label);
  const intent = id ? recognise(text, lex) : null;
  // (Its own words, not its heading's in brackets: "the gain on sale" still picks "Gain on sale of real estate (…)"; a
  // heading that is the line named, "the credit driven one" of "Other services fees (Credit driven services)", picks it.)
  const own = new Set(words(chosen.label.replace(/\s*\(.*$/, '')));
  const heading = words(/\((.*)\)\s*$/.exec(chosen.label)?.[1] ?? '');
  const under = (ids: string[]) => heading.length > 0 && ids.some((o) => heading.every((h) => words(lex.matcher.label(o)).includes(h)));
  const another = intent?.metrics.some((m) => !m.ids.includes(id!) && !under(m.ids) && !words(intent.text.slice(m.start, m.end)).every((w) => own.has(w)));
  return another ? null : chosen;
}

function pickOf(text: string, choices: Choice[]): Choice | null {
  const n = /^\s*(?:#|option\s*)?([1-9])\b|^\s*(?:the\s+)?(first|second|third|fourth)\b/i.exec(text);
  if (n) return choices[(n[1] ? Number(n[1]) : ['first', 'second', 'third', 'fourth'].indexOf(n[2]!.toLowerCase()) + 1) - 1] ?? null;
  const said = wordsSaid(text);
  const sets = choices.map((c) => words(c.label));
  // A reply that asks anew ("on how many diluted shares?") is a new question, not a pick.
  if (ASKS_ANEW.test(text.toLowerCase())) return null;
  const common = sets.reduce((a, b) => a.filter((w) => b.includes(w)));
  const hits = sets.map((s) => s.filter((w) => !common.includes(w) && said.has(w)).length);
  const best = Math.max(...hits);
  return best > 0 && hits.filter((h) => h === best).length === 1 ? choices[hits.indexOf(best)]! : qualifiedChoice(text, choices);
}

/** A reply that is only a basis word, "and adjusted?": no other line that word names ("Adjusted EBITDA"). */
const BASIS_ONLY = /^\W*(?:and|so|how about)?\s*(?:the\s+)?(adjusted|non-gaap|underlying|normali[sz]ed|core|recurring)(?:\s+(?:one|figure|number|version))?\W*$/i;

/**
 * A basis word in reply to a choice of lines ("EPS": basic or headline?) that picks none: the measure asked on
 * that basis, by the words the choices share ("adjusted earnings per share"), answered or declined as such.
 */
function qualifiedChoice(text: string, choices: Choice[]): Choice | null {
  const basis = BASIS_ONLY.exec(text)?.[1];
  const labels = choices.map((c) => c.label.toLowerCase().split(/\s+/));
  const shared: string[] = [];
  for (let k = 1; labels.every((l) => l.length >= k && l[l.length - k] === labels[0]![labels[0]!.length - k]); k++) shared.unshift(labels[0]![labels[0]!.length - k]!);
  const name = shared.filter((w) => !/^\(.*\)$/.test(w)).join(' ');
  return basis && choices.length > 1 && name ? { label: `${basis} ${name}`, question: `${basis.toLowerCase()} ${name}` } : null;
}
