// The engine: question → intent → (context, ambiguity, periods) → handler → Answer. It keeps each
// conversation's context, asks when a name fits several lines with different figures, and declines
// when the release does not say. Any failure inside becomes a polite reply, never an exception.
import type { Currency } from '../knowledge/fact.js';
import { amount, type Fact } from '../knowledge/fact.js';
import type { KnowledgeBase } from '../knowledge/kb.js';
import { words } from '../knowledge/labels.js';
import { periodEnd, periodKey, periodLabel, priorQuarter, yearAgo, type Period } from '../knowledge/period.js';
import type { Answer, Choice, Engine } from './answer.js';
import { EXAMPLES, MEASURES, MODIFIERS, NEUTRAL } from './catalog.js';
import { ContextStore, type Turn } from './context.js';
import { figure, when } from './format.js';
import { breakdown } from './handlers/breakdown.js';
import { help, summary } from './handlers/card.js';
import { changeHandler } from './handlers/change.js';
import { compare } from './handlers/compare.js';
import { buyback, fx } from './handlers/facts-of.js';
import { guidance } from './handlers/guidance.js';
import { ratio } from './handlers/ratio.js';
import { share } from './handlers/share.js';
import { sum } from './handlers/sum.js';
import { value } from './handlers/value.js';
import { definition, quote, reason } from './handlers/words.js';
import { recognise, type Intent } from './intent.js';
import { find } from './lookup.js';
import { MetricMatcher, twinBase, type MetricMatch } from './metrics.js';
import {
  BASIS_CUES,
  ASKED_KINDS,
  COMPARED,
  DIFFERENCE,
  FIGURE_OPS,
  FOLLOW_UP,
  NAME_BEFORE_TO,
  NO_CHANGE,
  NO_METRIC,
  OPERATION_CUES,
  PAIRED,
  PER_PERIOD,
  POINTS_CUE,
  RANKING,
  RMB_CUE,
  TOPICAL,
  USD_CUE,
  WHOLE_BEFORE,
  type Operation,
} from './operations.js';
import { PERIOD_RULES, resolveRef } from '../knowledge/period-grammar.js';
import { citationKey, clarify, title, unknown, type Ask, type Handler } from './reply.js';
import { familyOf, narrow } from './families.js';
import { TextSearch } from './search.js';
import { blank, contentTokens, nameStems, type Token } from './text.js';
import { stem } from '../nlp.js';

const MAX_QUESTION = 2_000;

export interface EngineOptions {
  contexts?: ContextStore;
  /** Where internal failures are reported (default: stderr). */
  log?: (message: string) => void;
}

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const definedTerms = new Set(kb.texts.filter((t) => t.kind === 'definition').map((t) => t.subject.toLowerCase().replace(/["“”]/g, '').trim()));
  // Every word the releases use: a capitalised name outside it is another company's.
  const releaseWords = new Set<string>();
  for (const s of [...kb.texts.map((t) => t.text), ...[...kb.metrics.values()].flatMap((m) => m.labels), ...kb.releases.map((r) => r.title)]) {
    for (const w of s.toLowerCase().split(/[^a-z0-9-]+/)) releaseWords.add(w);
  }
  const cueWords = [...OPERATION_CUES.map((c) => c.cues.source), ...BASIS_CUES.flatMap((b) => [b.strong.source, b.weak.source]), ...PERIOD_RULES.map((r) => r.pattern.source), USD_CUE.source, RMB_CUE.source, POINTS_CUE.source].join(' ').match(/[a-z]{2,}/g) ?? [];
  const matcher = new MetricMatcher(kb, cueWords);
  /** The kind of figure a metric is (money, percent, count, per share ...). */
  const firstFact = new Map<string, Fact>();
  for (const f of kb.facts) if (!firstFact.has(f.metric)) firstFact.set(f.metric, f);
  const kindOf = (id: string): string => firstFact.get(id)?.unit.kind ?? (id.startsWith('formula:') ? 'percent' : 'none');
  /** Whether a metric is a balance at a date or an amount for a period. */
  const timingOf = (id: string): string => firstFact.get(id)?.period.kind ?? 'none';
  /** A word neither the bot nor the release knows ("gross", "free", "lufax"): no part of any line's name. */
  const unknownWord = (t: Token) => t.word.length > 1 && !/^\d/.test(t.word) && !matcher.knows(t.word) && !releaseWords.has(t.word);
  // Operation and currency words are no part of a metric's name (period words may be: "end of period"):
  // a word is a cue's where a cue matches the question around it.
  const cues = [...OPERATION_CUES.map((c) => c.cues), ...BASIS_CUES.flatMap((b) => [b.strong, b.weak]), USD_CUE, RMB_CUE, POINTS_CUE].map((re) => new RegExp(re.source, 'g'));
  let lastCue: { text: string; isCue: (t: Token) => boolean } | undefined;
  const cueOf = (text: string) => {
    if (lastCue?.text === text) return lastCue.isCue;
    const spans = cues.flatMap((re) => [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length })));
    const isCue = (t: Token) => spans.some((s) => t.start >= s.start && t.end <= s.end);
    lastCue = { text, isCue };
    return isCue;
  };
  // The sentence index serves only commentary and definition questions: built on the first one.
  let index: TextSearch | undefined;
  const search = () => (index ??= new TextSearch(kb.texts));
  const contexts = options.contexts ?? new ContextStore();
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const handlers: Record<Operation, Handler> = {
    help,
    summary,
    definition: definition(search),
    reason,
    quote: quote(search),
    guidance,
    buyback,
    fx,
    breakdown,
    sum,
    share,
    ratio,
    compare,
    change: changeHandler,
    value,
  };

  function suggestions(text: string): string {
    // A few words are enough to find near names; a long paste would only make the fuzzy search slow.
    // Only words that start like a metric word are worth a fuzzy search ("weather" is not).
    const words = contentTokens(text).filter((t) => matcher.resembles(t.word)).slice(0, 8).map((t) => t.word).join(' ').slice(0, 64);
    const near = words ? matcher.near(words, 3).map((n) => n.text) : [];
    return near.length ? ` Closest metrics I know: ${near.join(', ')}.` : '';
  }

  /** A name that fits several lines: one answer when they agree, else a question with the choices. */
  function settle(match: MetricMatch, intent: Intent, periods: Period[]): string | string[] | Answer {
    if (match.ids.length === 1) return match.ids[0]!;
    // A number the question says that only some labels hold ("the 2024 plan") picks those.
    const numbers = (intent.bare.match(/\b\d{2,4}\b/g) ?? []).map((n) => new RegExp(`\\b${n}\\b`));
    const labelled = match.ids.filter((id) => numbers.some((n) => n.test(matcher.label(id))));
    if (labelled.length && labelled.length < match.ids.length) return settle({ ...match, ids: labelled }, intent, periods);
    const p = periods[0]!;
    const found = match.ids.map((id) => ({ id, f: id.startsWith('formula:') ? null : find(kb, id, p, kb.currency) }));
    const values = new Set(found.map((x) => (x.f ? amount(x.f.fact).toString() : 'none')));
    // One figure under every name; none for the period at all is for the handler to say.
    if (values.size === 1) return values.has('none') ? match.ids : match.ids[0]!;
    // Current and non-current lines of one item: answer each, labelled.
    if (new Set(match.ids.map((id) => twinBase(matcher.label(id)))).size === 1) return match.ids;
    const choices: Choice[] = found.map(({ id }) => {
      const label = matcher.label(id);
      return { label, question: `${intent.text.slice(0, match.start)}${label.toLowerCase()}${intent.text.slice(match.end)}` };
    });
    const lines = found.map(({ id, f }) => `- ${matcher.label(id)}${f ? `: ${figure(f.fact)} ${when(f.fact)}` : ''}`);
    return clarify(
      `"${match.name}" fits ${choices.length} lines of the release with different figures:\n${lines.join('\n')}\nWhich one do you mean?`,
      choices,
      found.flatMap((x) => (x.f ? [x.f.fact.citation] : [])),
    );
  }

  /**
   * What the question says about its figure beyond the names matched. Two names side by side are one
   * phrase ("capital heavy loan volume"); a name word left over qualifies the name it stands beside
   * ("ending cash", "interest expense"), or the question's only name ("cash ... incl restricted"), or,
   * in a follow-up that names none, the last turn's line ("and investing?"). The line that goes by all
   * those words replaces the match; where none does and the words sit on the name, the release doesn't
   * give that figure. An unknown word right before a name qualifies it too ("gross profit").
   */
  function qualify(intent: Intent, last: Turn | undefined): MetricMatch[] | Answer {
    const matches = dropQualifiers(intent, kb);
    if (!FIGURE_OPS.includes(intent.ops[0]!)) return matches;
    const leftover = matcher.unexplained(intent.bare, intent.metrics);
    const isCue = cueOf(intent.text);
    const named = leftover.filter((t) => matcher.isNameWord(t.word) && (!isCue(t) || NEUTRAL.has(t.stem)));
    const said = named.filter((t) => !NEUTRAL.has(t.stem));
    // Whether what stands between a and b is only the given glue.
    const gap = (glue: RegExp) => (a: { end: number }, b: { start: number }) => a.end <= b.start && glue.test(intent.text.slice(a.end, b.start));
    const touching = gap(/^[\s-]*$/);
    // A word qualifies a name it stands right beside, or joins it by "of" ("cost of revenue").
    const joined = gap(/^[\s-]*(?:of\s+(?:the\s+)?)?$/);
    // Names side by side, or joined as one line's name is ("balance under capital-light ...", "volume through ICE").
    const oneName = gap(/^[\s-]*(?:(?:under|through|across)\s+(?:the\s+)?)?$/);
    const beside = (t: Token, ms: { start: number; end: number }[]) => joined(t, ms[0]!) || joined(ms[ms.length - 1]!, t);
    const strays = leftover.filter(unknownWord);
    const notGiven = (phrase: string) => unknown(`The release doesn't give "${phrase.trim()}".${suggestions(phrase)} Say "help" for what I can answer.`);
    if (!matches.length) {
      // ("balance?" after a volume: a neutral word alone may still turn a follow-up to a sibling.)
      const words = said.length ? said : last?.metrics.length && intent.ops[0] === 'value' ? named : [];
      if (!words.length) return matches;
      const [start, end] = [words[0]!.start, words[words.length - 1]!.end];
      const stray = strays.find((t) => said.some((w) => joined(t, w) || joined(w, t)));
      if (stray) return notGiven(intent.text.slice(Math.min(stray.start, start), Math.max(stray.end, end)));
      const stems = said.map((t) => t.stem);
      const as = (ids: string[]) => [{ ids, name: intent.text.slice(start, end), start, end, exact: true }];
      if (last?.metrics.length) {
        // "the current one": the last turn's lines that go by the words; else the line they turn it to ("and investing?").
        const among = matcher.goingBy(stems, last.metrics);
        if (among.length && among.length < last.metrics.length) return as(among);
        const context = last.metrics.flatMap((id) => matcher.contextOf(id));
        // A sibling of the last line, not the line itself: the follow-up turns away from it.
        const siblings = (words: Token[]) => matcher.refine(words.map((t) => t.stem), context).filter((id) => !last.metrics.includes(id));
        const withNeutral = siblings(named);
        const found = withNeutral.length ? withNeutral : siblings(said);
        if (found.length) return as(found);
        if (!said.length) return matches;
      }
      // Name words alone ("delinquency rate", "weighted average ADS") that fit a few lines ask which,
      // where no other word says more ("customer acquisition cost"); lines to add up are the sum's.
      const found = matcher.goingBy(stems);
      const unsaid = leftover.some((t) => !named.includes(t) && !isCue(t) && !/^\d/.test(t.word));
      if (found.length >= 2 && found.length <= 3 && !unsaid && !intent.ops.includes('sum')) return as(found);
      return last?.metrics.length ? notGiven(intent.text.slice(start, end)) : matches;
    }
    const groups: { matches: MetricMatch[]; words: Token[] }[] = [];
    for (const m of matches) {
      const g = groups[groups.length - 1];
      if (g && oneName(g.matches[g.matches.length - 1]!, m)) g.matches.push(m);
      else groups.push({ matches: [m], words: [] });
    }
    // A follow-up naming a line by what tells it from the last one's sibling ("the credit driven one"
    // after the platform other services fees; "capital light" after the loan balance, a balance where
    // the name alone is a quarter's fees): that sibling.
    const only = groups.length === 1 && groups[0]!.matches.length === 1 ? groups[0]!.matches[0]! : null;
    const context = last?.metrics.flatMap((id) => matcher.contextOf(id)).filter((s) => !NEUTRAL.has(s)) ?? [];
    if (only && last?.metrics.length && new Set(context).size >= 2) {
      const otherKind = only.ids.every((id) => last.metrics.every((l) => timingOf(id) !== timingOf(l)));
      if (/\bone\s*[?.!]*$/.test(intent.text) || otherKind) {
        const sibling = matcher.refine(nameStems(only.name), context).filter((id) => !last.metrics.includes(id) && !only.ids.includes(id));
        if (sibling.length === 1) groups[0]!.matches[0] = { ...only, ids: sibling };
      }
    }
    // In a share or a ratio a word beside no name may be the other figure: it is not taken to qualify
    // the one name, and a share does not fall back to the line's parent without it.
    const paired = PAIRED.includes(intent.ops[0]!);
    const loose: Token[] = [];
    // A word beside a name, or beside a word beside it ("other technology volume"), qualifies that name.
    const rest = [...named];
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of [...rest]) {
        const g = groups.find((g) => beside(t, [...g.matches, ...g.words].sort((a, b) => a.start - b.start)));
        if (!g) continue;
        g.words.push(t);
        rest.splice(rest.indexOf(t), 1);
        grew = true;
      }
    }
    // Two or more words apart from every name that name a line of their own ("... and security deposits")
    // are another figure the answer would leave out.
    // (Unless, with the one name, they are one line's name: "cash ... for investing activities".)
    const apart = rest.filter((t) => !NEUTRAL.has(t.stem));
    const oneLine = matcher.refine([...matches.flatMap((m) => nameStems(m.name)), ...apart.map((t) => t.stem)]).length > 0;
    if (!paired && !oneLine && apart.length >= 2 && matcher.goingBy(apart.map((t) => t.stem)).length) {
      return unknown(`That names more than one line ("${intent.text.slice(apart[0]!.start, apart[apart.length - 1]!.end)}" too). Ask for each, or for their sum, e.g. "cash and cash equivalents plus restricted cash".`);
    }
    for (const t of rest) {
      if (groups.length === 1 && !paired) groups[0]!.words.push(t);
      else if (paired && !NEUTRAL.has(t.stem) && (intent.ops[0] === 'share' || !familyOf(kb, t).length)) loose.push(t);
    }
    // The words may name the other line by its difference from the one named ("ICE share of total loan
    // volume": the ICE line of loan volume); else say so.
    let extra: MetricMatch[] = [];
    if (loose.length) {
      const namedIds = matches.flatMap((m) => m.ids);
      const sibling = matcher.refine(loose.map((t) => t.stem), namedIds.flatMap((id) => matcher.contextOf(id))).filter((id) => !namedIds.includes(id));
      if (sibling.length !== 1) return unknown(`I couldn't tell which line "${loose.map((t) => t.word).join(' ')}" means here.${suggestions(loose.map((t) => t.word).join(' '))} Name it as the release does, e.g. "${EXAMPLES[2]}".`);
      const [start, end] = [loose[0]!.start, loose[loose.length - 1]!.end];
      extra = [{ ids: sibling, name: intent.text.slice(start, end), start, end, exact: true }];
    }
    const out: MetricMatch[] = [];
    // The kind of figure asked for, where the question says it ("per share", "how many"); else the
    // kinds its names are.
    const asked = ASKED_KINDS.find((k) => k.cue.test(intent.text))?.kind;
    for (const g of groups) {
      const words = g.words.filter((t) => !NEUTRAL.has(t.stem));
      if (g.matches.length === 1 && !g.words.length) {
        out.push(g.matches[0]!);
        continue;
      }
      // Neutral words count where a line goes by them ("Total Solutions", "capital light balance"), not
      // otherwise ("total S&M"). A refinement keeps the kind of figure asked (a per-share amount is no ADS count).
      const stems = g.matches.flatMap((m) => nameStems(m.name));
      const kinds = new Set(asked ? [asked] : g.matches.flatMap((m) => m.ids).map(kindOf));
      const ofKind = (ids: string[]) => ids.filter((id) => kinds.has(kindOf(id)));
      const withNeutral = ofKind(matcher.refine([...stems, ...g.words.map((t) => t.stem)]));
      if (!withNeutral.length && g.matches.length === 1 && !words.length) {
        out.push(g.matches[0]!);
        continue;
      }
      const refined = withNeutral.length ? [] : matcher.refine([...stems, ...words.map((t) => t.stem)]);
      const found = withNeutral.length ? withNeutral : ofKind(refined);
      const start = Math.min(g.matches[0]!.start, ...g.words.map((t) => t.start));
      const end = Math.max(g.matches[g.matches.length - 1]!.end, ...g.words.map((t) => t.end));
      if (found.length) out.push({ ids: found, name: intent.text.slice(start, end), start, end, exact: true });
      // Words that point to a figure of another kind ("how many loans did ICE facilitate": a volume, no count).
      else if (refined.length || g.matches.length > 1 || words.some((t) => beside(t, g.matches))) return notGiven(intent.text.slice(start, end));
      // A word for the kind of figure ("margin on net income attributable ...") the name is not.
      else if (words.some((t) => MEASURES.has(t.stem))) return notGiven(intent.text.slice(start, end));
      else out.push(...g.matches);
    }
    const modified = out.find((m) => strays.some((t) => touching(t, m)));
    if (modified) return notGiven(intent.text.slice(strays.find((t) => touching(t, modified))!.start, modified.end));
    return [...out, ...extra].sort((a, b) => a.start - b.start);
  }

  /** The choice a reply to a clarifying question picks, by its distinctive words or its number. */
  function pick(text: string, choices: Choice[]): Choice | null {
    const n = /^\s*(?:#|option\s*)?([1-9])\b|^\s*(?:the\s+)?(first|second|third|fourth)\b/i.exec(text);
    if (n) return choices[(n[1] ? Number(n[1]) : ['first', 'second', 'third', 'fourth'].indexOf(n[2]!.toLowerCase()) + 1) - 1] ?? null;
    const said = new Set(words(text));
    const sets = choices.map((c) => words(c.label));
    const common = sets.reduce((a, b) => a.filter((w) => b.includes(w)));
    const hits = sets.map((s) => s.filter((w) => !common.includes(w) && said.has(w)).length);
    const best = Math.max(...hits);
    return best > 0 && hits.filter((h) => h === best).length === 1 ? choices[hits.indexOf(best)]! : null;
  }

  function respond(question: string, conversation: string): Answer {
    const q = question.replace(/[\u0000-\u001F\u007F]+/g, ' ').slice(0, MAX_QUESTION);
    if (!q.trim()) return unknown(`Ask me about ${kb.releases.map((r) => r.title).join('; ')}, e.g. "${EXAMPLES[0]}". Say "help" for more.`);
    const last = contexts.get(conversation);
    if (last?.choices.length) {
      const chosen = pick(q, last.choices);
      if (chosen) {
        contexts.set(conversation, { ...last, choices: [] });
        return respond(chosen.question, conversation);
      }
    }
    const intent = recognise(q, matcher, kb.quarter, releaseWords);
    // "What is ICE?": a term the release defines, asked about as such, wants its definition.
    // (The question is what comes before its question mark: "hey what's ICE? keeps coming up".)
    const asked = intent.text.split('?')[0]!.replace(/[\s"'.!]+$/, '');
    const term = (/\bwhat(?:'s|s| is| are) (?:an? |the )?["']?([^"'?.!]+)$/.exec(asked) ?? /^(?:an? |the )?["']?([^"'?.!]+?)["']? (?:is|are) what$/.exec(asked))?.[1];
    // (A term that is a figure's name, "what's the non-GAAP operating margin?", asks for the figure.)
    if (term && definedTerms.has(term.trim()) && !intent.metrics.length && intent.op !== 'definition') {
      intent.ops.unshift('definition');
      intent.op = 'definition';
    }
    if (intent.op === 'help') return help(askOf(intent, [], [kb.quarter], false, kb.currency));
    if (intent.foreign) return unknown(`I only know ${kb.releases.map((r) => r.title).join('; ')}; it says nothing about ${intent.foreign}.`);
    const unsupported = intent.periods.find((p) => p.kind === 'unsupported');
    if (unsupported && unsupported.kind === 'unsupported' && intent.op !== 'guidance') return unknown(`I can't answer that: ${unsupported.reason}.`);
    // A time named in words no period rule reads ("two years back") must not fall back to this quarter.
    if (intent.unreadPeriod && !['help', 'definition', 'reason', 'quote', 'guidance', 'buyback', 'fx'].includes(intent.op)) {
      return unknown(`I couldn't tell which period "${intent.unreadPeriod}" means. Name it like "Q4 2023", "a year earlier", "last quarter" or "as of December 31, 2023".`);
    }

    // A follow-up leans on the last turn: it says so ("and ...", "what about ..."), or names no metric
    // and uses only words the bot knows ("and a year earlier?", "in USD?"). "What is the weather" is not one.
    const strays = matcher.unexplained(intent.text, intent.metrics).filter((t) => !matcher.knows(t.word) && !/^\d/.test(t.word));
    const followUp = Boolean(last) && (FOLLOW_UP.test(intent.text) || (intent.metrics.length === 0 && strays.length === 0));
    const anchor = followUp && last ? last.periods[last.periods.length - 1]! : kb.quarter;
    const named = intent.periods.map((p) => resolveRef(p, anchor)).filter((p): p is Period => p !== null);
    // "up compared to Q1 2023": one earlier period named beside a comparison word is the basis.
    const against = named.length === 1 && COMPARED.test(intent.text) && periodEnd(named[0]!) < periodEnd(kb.quarter) && (intent.ops.includes('change') || intent.ops.includes('compare'));
    // "and a year earlier?" then "growth?": the change from the period just shown to the release's own.
    // ("YoY change?" after the same quarter a year earlier was shown is that change too.)
    const shown = followUp && last?.op === 'value' && last.periods.length === 1 ? last.periods[0]! : null;
    const basisOfShown = !intent.basis || (shown && periodKey(shown) === periodKey(intent.basis === 'yoy' ? yearAgo(kb.quarter) : priorQuarter(kb.quarter)));
    const sinceShown = Boolean(shown && !named.length && basisOfShown && intent.ops.includes('change') && periodEnd(shown) < periodEnd(kb.quarter));
    const periods = against ? [named[0]!, kb.quarter] : sinceShown ? [last!.periods[0]!, kb.quarter] : named.length ? named : followUp && last ? last.periods : [kb.quarter];
    const periodsNamed = named.length > 0 || Boolean(followUp && last?.periodsNamed);

    // Metrics: as named (each settled), else the conversation's.
    const ids: string[] = [];
    const at = new Map<string, number>();
    const qualified = qualify(intent, followUp ? last : undefined);
    if (!Array.isArray(qualified)) return qualified;
    for (const m of qualified) {
      const settled = settle(m, intent, periods);
      if (typeof settled === 'object' && !Array.isArray(settled)) {
        contexts.set(conversation, turnOf(intent.op, [], periods, periodsNamed, intent, kb.currency, settled.choices));
        return settled;
      }
      for (const id of [settled].flat()) {
        if (!ids.includes(id)) ids.push(id);
        if (!at.has(id)) at.set(id, m.start);
      }
    }
    // A family's head word left over ("loan provisions"): the member the other words point to, or ask.
    const leftover = matcher.unexplained(intent.text, [...intent.metrics, ...qualified]);
    // (Only a question for a figure has lines to choose among: "financial highlights" is a summary.)
    const head = intent.ops.includes('sum') || intent.ops[0] === 'breakdown' || !FIGURE_OPS.includes(intent.ops[0]!) ? null : leftover.find((t) => familyOf(kb, t).length);
    if (head) {
      const members = familyOf(kb, head);
      const nameStemsAsked = intent.metrics.flatMap((m) => words(m.name));
      const others = leftover.filter((t) => t !== head && matcher.isNameWord(t.word)).map((t) => t.stem);
      const strict = narrow(kb, members, [...nameStemsAsked, ...others]);
      const fits = strict.length ? strict : narrow(kb, members, nameStemsAsked);
      if (fits.length === 1) ids.splice(0, ids.length, fits[0]!);
      else {
        const choices = (fits.length ? fits : members).map((id) => ({ label: matcher.label(id), question: `${intent.text.replace(/[?.!]+$/, '')} (${matcher.label(id).toLowerCase()})` }));
        contexts.set(conversation, turnOf(intent.op, [], periods, periodsNamed, intent, kb.currency, choices));
        return clarify(`Which ${head.word} line do you mean?\n${choices.map((c) => `- ${c.label}`).join('\n')}`, choices);
      }
    }
    // A follow-up that names only another metric ("and G&A?") keeps the last operation: a share keeps
    // its whole, a change its basis. One that names only a period or currency keeps the metrics.
    // A share, ratio or sum keeps its operation for another period too ("last qtr?").
    const keepOp = followUp && last && !intent.opExplicit && last.op !== 'value' && !(named.length && !ids.length && !PER_PERIOD.includes(last.op));
    // "as a % of net income" after the NCI line: the last line is the part, the one named the whole.
    const wholeOnly = followUp && last?.metrics.length === 1 && ids.length === 1 && intent.ops[0] === 'share' && WHOLE_BEFORE.test(intent.text.slice(0, at.get(ids[0]!)));
    const metrics = ids.length
      ? wholeOnly
        ? [last!.metrics[0]!, ids[0]!]
        : keepOp && last!.op === 'share' && ids.length === 1 && last!.metrics.length === 2
          ? [ids[0]!, last!.metrics[1]!]
          : ids
      : followUp && last
        ? last.metrics
        : [];
    // "net margin Q1 2023 vs Q1 2024", "equity from Dec 31, 2023 to March 31, 2024": one metric at two
    // named periods, set against each other, is a change between them.
    const between = named.length >= 2 && metrics.length === 1 && (intent.ops.includes('compare') || intent.ops[0] === 'value' || /\bfrom\b.+\bto\b|\bbetween\b.+\band\b/.test(intent.text));
    // "A to B", "A/B": two figures set against each other, with no other operation named, are a ratio.
    // ("net income attributable to NCI" is one figure's name, not a ratio.)
    const versus =
      !intent.opExplicit &&
      qualified.length === 2 &&
      /^\s*(?:to|\/|over)\s*$/.test(intent.text.slice(qualified[0]!.end, qualified[1]!.start)) &&
      !NAME_BEFORE_TO.test(intent.text.slice(0, qualified[0]!.end));
    // One figure "vs Q4": the change between the two periods.
    const versusPeriod = against && metrics.length === 1 && !RANKING.test(intent.text);
    const op: Operation = keepOp ? last!.op : between || versusPeriod ? 'change' : versus ? 'ratio' : (intent.ops.find((o) => fits(o, metrics, kb, intent.text)) ?? 'value');
    // A change of a share, a sum or a ratio is not computed: say so rather than answer half of it.
    // A difference between two things of which only one is named is not that one's change.
    if (DIFFERENCE.test(intent.rest) && metrics.length < 2 && named.length < 2 && !intent.basis) {
      return unknown(`I could tell only one side of that difference (${metrics.map((id) => matcher.label(id)).join(', ') || 'none'}). Name both figures as the release does, e.g. "difference between S&M and G&A".`);
    }
    // Nor a share of a sum ("(S&M + G&A) as % of revenue"): the whole would be added in.
    if (!keepOp && intent.ops.includes('sum') && (intent.ops.includes('share') || intent.ops.includes('ratio') || /\/|divided by/.test(intent.rest))) {
      return unknown('I can add lines up or give one as a share of another, not both at once: ask for the sum, then for each share.');
    }
    const wantsChange = (intent.ops.includes('change') && Boolean(intent.basis || intent.points)) || between || versusPeriod;
    if (!keepOp && wantsChange && intent.ops.some((o) => NO_CHANGE.includes(o)) && (op === 'change' || NO_CHANGE.includes(op))) {
      const combined = intent.ops.find((o) => NO_CHANGE.includes(o))!;
      return unknown(`I can give the ${combined} for each period, but not its change; ask for one period at a time.`);
    }
    const currency = intent.currency ?? (followUp && last ? last.currency : kb.currency);
    const basis = intent.basis ?? (followUp && last && op === last.op ? last.basis : null);
    if (op === 'share' && keepOp) at.clear();
    if (!metrics.length && !NO_METRIC.includes(op)) {
      return unknown(`I couldn't tell which figure of the release you mean.${suggestions(intent.text)} Say "help" for what I can answer.`);
    }
    // A word neither the bot nor the release knows, in a question for a figure ("lufax q1 revenue"):
    // the question is about something else, and the figure of the name beside it would be wrong.
    const unknownWords = FIGURE_OPS.includes(op) ? matcher.unexplained(intent.bare, intent.metrics).filter(unknownWord) : [];
    if (unknownWords.length) {
      return unknown(`I don't know "${unknownWords.map((t) => t.word).join(' ')}": I only answer from ${kb.releases.map((r) => r.title).join('; ')}.${suggestions(intent.text)}`);
    }
    // A modifier the line's own name holds ("weighted average ... shares") is no modifier.
    const modifier = [...blank(intent.text, intent.metrics).matchAll(MODIFIERS)].find((m) => /\s/.test(m[0]) || !metrics.some((id) => new RegExp(`\\b${m[0]}\\b`, 'i').test(matcher.label(id)) || matcher.goingBy([stem(m[0])], [id]).length));
    if (modifier && (op === 'value' || op === 'change')) {
      return unknown(`The release doesn't give ${metrics.map((id) => matcher.label(id)).join(' or ')} "${modifier[0]} ..."; I can give the figure as printed. Ask for it without "${modifier[0]}".`);
    }
    // A topic asked about with words the bot does not know ("weather forecast") is not that topic; with
    // words it knows but no figure takes ("expect for risk metrics"), it is a question for the commentary.
    if (!metrics.length && strays.length && TOPICAL.includes(op)) {
      return unknown(`I couldn't tell what "${strays.map((t) => t.word).join(' ')}" refers to in the release.${suggestions(intent.text)} Say "help" for what I can answer.`);
    }
    const isCue = cueOf(intent.text);
    const topicWords = !metrics.length && op === 'guidance' && matcher.unexplained(intent.text, intent.metrics).some((t) => matcher.isNameWord(t.word) && !isCue(t));
    const ask = askOf({ ...intent, op: topicWords ? 'quote' : op, basis }, metrics, periods, periodsNamed, currency, at);
    // The release translates only its own period: a change, or the card of changes, has no USD side.
    if (currency !== kb.currency && (op === 'change' || op === 'summary')) {
      return unknown(`The release gives US dollar figures only for ${periodLabel(kb.quarter)}, so ${op === 'summary' ? 'its summary, with changes, is' : 'changes are'} in RMB; a percentage change is the same in either currency. Ask for a single figure in USD, e.g. "net income in USD".`);
    }
    // "YoY and QoQ": the change on each basis the question names, one after the other.
    const bases = op === 'change' && !basis ? [] : BASIS_CUES.filter((b) => b.strong.test(intent.rest)).map((b) => b.basis);
    const answer = op === 'change' && bases.length > 1 ? oneAfterAnother(bases.map((b) => handlers.change({ ...ask, intent: { ...ask.intent, basis: b } }))) : handlers[ask.intent.op](ask);
    if (answer.status !== 'unknown') contexts.set(conversation, turnOf(op, metrics, periods, periodsNamed, { ...intent, basis }, currency, answer.choices));
    return answer;
  }

  function askOf(intent: Intent, metrics: string[], periods: Period[], periodsNamed: boolean, currency: Currency, at = new Map<string, number>()): Ask {
    return { kb, matcher, intent, metrics, at, periods, periodsNamed, currency };
  }

  return {
    ask(text: string, conversation: string): Answer {
      try {
        return respond(String(text ?? ''), String(conversation ?? ''));
      } catch (err) {
        log(`qfin: failed to answer ${JSON.stringify(String(text).slice(0, 200))}: ${(err as Error).stack ?? err}`);
        return unknown("Sorry, something went wrong while answering that. Please try rephrasing; I've logged the problem.");
      }
    },
    suggest(prefix: string, limit = 25): string[] {
      const p = String(prefix ?? '').toLowerCase().trim();
      const labels = [...new Set([...kb.metrics.values()].map((m) => title(m.label)))];
      const pool = [...EXAMPLES, ...labels];
      if (!p) return pool.slice(0, limit);
      const starts = pool.filter((s) => s.toLowerCase().startsWith(p));
      const contains = pool.filter((s) => !starts.includes(s) && s.toLowerCase().includes(p));
      const near = matcher.near(p, limit).map((n) => title(n.text));
      return [...new Set([...starts, ...contains, ...near])].slice(0, limit);
    },
  };
}

/** Answers given one after the other, as one: answered where any part is, each citation once. */
function oneAfterAnother(parts: Answer[]): Answer {
  const answered = parts.filter((a) => a.status === 'answer');
  if (!answered.length) return parts[0]!;
  const citations = new Map(answered.flatMap((a) => a.citations).map((c) => [citationKey(c), c]));
  return {
    ...answered[0]!,
    text: parts.map((a) => a.text).join('\n'),
    citations: [...citations.values()].sort((a, b) => a.line - b.line),
    derivations: answered.flatMap((a) => a.derivations),
  };
}

/** Whether an operation can work with the metrics named. */
function fits(op: Operation, metrics: string[], kb: KnowledgeBase, text: string): boolean {
  switch (op) {
    case 'compare':
      // One line compares its parts only when asked to rank them: "revenue vs last year" is a change.
      return metrics.length >= 2 || (metrics.length === 1 && (kb.metrics.get(metrics[0]!)?.children.length ?? 0) > 1 && RANKING.test(text));
    case 'share':
    case 'ratio':
    case 'change':
    case 'reason':
    case 'value':
      return metrics.length >= 1;
    default:
      return true;
  }
}

/** "tenor of loans", "effect ... on cash": a one-word name right after "of" or "on" that follows another name qualifies it. */
/**
 * Names that qualify the name before them: "tenor of loans", "effect ... on cash" (a one-word name after
 * "of" or "on"); "other services fees under credit driven services" (the parent line of one of the
 * lines the name fits, which picks that one).
 */
function dropQualifiers(intent: Intent, kb: KnowledgeBase): MetricMatch[] {
  const out: MetricMatch[] = [];
  for (const m of intent.metrics) {
    const prev = out[out.length - 1];
    const gap = prev ? intent.text.slice(prev.end, m.start) : '';
    if (prev && m.name.split(' ').length === 1 && /^\s*(?:of|on)\s+(?:the\s+)?$/.test(gap)) continue;
    const children = prev && prev.ids.length > 1 && /^\s*(?:under|in|within|of|for|from)\s+(?:the\s+)?$/.test(gap) ? prev.ids.filter((id) => m.ids.includes(kb.metrics.get(id)?.parent ?? '')) : [];
    if (children.length) {
      out[out.length - 1] = { ...prev!, ids: children, end: m.end, name: intent.text.slice(prev!.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}

function turnOf(op: Operation, metrics: string[], periods: Period[], periodsNamed: boolean, intent: Pick<Intent, 'basis'>, currency: Currency, choices: Choice[]): Turn {
  return { op, metrics, periods, periodsNamed, basis: intent.basis, currency, choices };
}

export { periodLabel };
