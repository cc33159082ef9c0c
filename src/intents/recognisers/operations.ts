// What a question asks to be done with its metrics, as cue patterns (data). The engine takes the first
// operation whose cues match and which the metrics named can serve, so the list runs from the most
// specific to the most general.
import { EXCLUSION_WORDS, isExpression } from './expressions.js';
import type { MetricMatch } from './metrics.js';
import { cuesOf } from './question-types.js';
import { tests } from '../../knowledge/prefilter.js';
import { TITLE, WORDS_ASKED, asksFigureNotWords } from '../officers.js';
import { MOVEMENT_WORDS } from '../vocabulary.js';

/** A change asked as a multiple of the earlier figure ("how many x is that", "what multiple"): a change cue, and the 'multiple' modifier. */
export const MULTIPLE = String.raw`how many (?:times|x)|what multiple`;

export type Operation =
  | 'help'
  | 'export'
  | 'summary'
  | 'definition'
  | 'reason'
  | 'quote'
  | 'guidance'
  | 'buyback'
  | 'fx'
  | 'breakdown'
  | 'sum'
  | 'share'
  | 'ratio'
  | 'compare'
  | 'change'
  | 'value';

/**
 * Words pointing at the lines the thread just showed, one pattern for every operation over them: "them",
 * "both", "the two", "all three", "those four" ("the three months" is a period, never lines).
 */
export const SHOWN_LINES = String.raw`(?:(?:the|these|those|all(?: of the)?)\s+(?:two|three|four|five|six|[2-6])(?![\s-]+(?:months?|quarters?|years?|periods?|dates?|weeks?)\b)|all of (?:them|these|those)|them|both|these|those|the pair|each other|it all|each(?:\s+one)?(?=\s*[?.!]*$))`;

/** "total" as the verb or noun of a sum of the lines shown: "total both", "total them up", "both summed". */
const TOTAL_OF_SHOWN = String.raw`total(?:l?ed|l?ing)?(?:\s+(?:up|for|of|across))?\s+${SHOWN_LINES}|${SHOWN_LINES}\s+(?:summed|total(?:l?ed)?|added(?:\s+up)?)(?=\s*[?.!]*$)`;

/** Verbs of a figure's movement besides rise and fall (vocabulary.ts), as one alternation. */
const MOVES = MOVEMENT_WORDS.join('|');

/** "Top 3 revenue lines": a ranking by size, kept apart from "top line" (a name of revenue) by its count. */
const TOP_N = String.raw`top (?:\d{1,2}|two|three|four|five)`;

/** Words asking for a line's parts; a bare "segment" is one only where the line named is no segment's (segmentWordOnly). */
const BREAKDOWN_WORDS = String.raw`what'?s in (?:it|them)|what is in (?:it|them)|break ?down|break (?:it|this|that|them) down|breakdown|components?|composition|split(?: of)?|made up of|consists? of|constituents|line items|sub-?items|by (?:lines?|line items?|components?|parts?)`;
/** A breakdown asked by words besides a bare "segment": "by segment", "segments", "breakdown". */
const BREAKDOWN_BESIDES_SEGMENT = new RegExp(String.raw`\b(?:${BREAKDOWN_WORDS}|segments|(?:by|per|each|every|all) segment)\b|\bwhat are the (?:\w+ ){1,3}lines\b`);

/**
 * "Flow Control segment op income": a bare "segment" beside lines that are segments' rows (ids qualified by the
 * segment, "operating_income.flow_control", with no parts of their own) says whose lines they are, no breakdown.
 */
export const segmentWordOnly = (text: string, lines: string[], metrics: ReadonlyMap<string, { children: string[] }>) =>
  lines.length > 0 && lines.every((id) => id.includes('.') && !metrics.get(id)?.children.length) && !BREAKDOWN_BESIDES_SEGMENT.test(text);

/** "By how much was the dividend raised", "how much did they cut it": the amount a figure was moved by, a change (a guide's revision is the guidance's). */
const RAISED_BY = String.raw`(?<=\b(?:by how much|how much (?:was|were|did|has|have|had|is))\b[^?]*)\b(?:rais(?:e|ed)|hik(?:e|ed)|lift(?:ed)?|boost(?:ed)?|cut)\b`;

/**
 * "net?", "and the net figure?": "net" as all that is left once the lines are read. Alone it offsets the two lines
 * named or just shown (DTA then DTL, "net?"); unread, it was dropped and the last line answered again.
 */
const NET_ALONE = String.raw`^\W*(?:(?:and|so)\s+)?(?:(?:what(?:'s| is| was)\s+)?(?:the|that|it)\s+)?net(?:\s+(?:figure|amount|position))?\W*$`;
export const OPERATION_CUES: { op: Operation; cues: RegExp }[] = [
  { op: 'help', cues: /^(?:\/?help|\?+|commands|menu|what can (?:you|i) (?:do|ask|answer)(?: about)?|what do you (?:know|answer|cover)|how do i use (?:you|this)|usage)\b/ },
  // The facts as a file: "export", "export revenue lines", "Q1 figures as csv".
  { op: 'export', cues: /\b(?:export|download)\b|\b(?:as|in|to) (?:an? )?(?:csv|json|spreadsheet|excel)\b/ },
  { op: 'summary', cues: /\b(?:summary|summari[sz]e|headlines?|highlights|overview|key (?:figures|numbers|metrics|stats)|snapshot|recap|tl;?dr|how did (?:the company|they|it) do|quick look)\b/ },
  // Definitions and reasons: the question-type recogniser's named rules (question-types.ts).
  { op: 'definition', cues: cuesOf('definition') },
  { op: 'reason', cues: cuesOf('reason') },
  { op: 'quote', cues: new RegExp(`${WORDS_ASKED.source}|${TITLE}`) },
  // (A target is management's figure ahead: "opex target?" had been answered with the actual.)
  { op: 'guidance', cues: /\b(?:guidance|outlook|guide|guided|forecast|expects?|expected|expectations?|project(?:ed|ion)s?|next quarter|targets?|targeted)\b/ },
  // ("Shares repurchased", kept as said to name a line "Shares repurchased", asks a buyback all the same.)
  { op: 'buyback', cues: /\bshare repurchase\b|\b(?:shares|ads)\s+repurchased\b|\b(?:19|20)\d{2} (?:share )?(?:repurchase |buyback )?(?:plan|program(?:me)?)\b/ },
  { op: 'fx', cues: /\bexchange rate\b|\bconvert(?:ed)? (?:rmb|renminbi) (?:to|into) (?:usd|us dollars|dollars)|\brmb\s*(?:\/|per|to)\s*usd\b|\busd\s*(?:\/|to)\s*rmb\b/ },
  // (An exclusion, "opex ex provisions", is a sum with a part taken out: recognisers/expressions.ts.)
  { op: 'sum', cues: new RegExp(`\\b(?:${EXCLUSION_WORDS}|${TOTAL_OF_SHOWN}|sum|plus|add(?:ing)?(?: ${SHOWN_LINES})?(?: up| together)?|added(?: up| together)|combined|together|all (?:the )?(?:four|three|two|five|six|\\d+) |total of)\\b|\\bin total(?=\\s*(?:[,?.!]|$|(?:for|in|during|over|at|as of)\\s|(?:q[1-4]|[1-4]q|fy|h[12]|1h|2h|\\d)))`) },
  { op: 'breakdown', cues: new RegExp(String.raw`\b(?:${BREAKDOWN_WORDS}|segments?)\b|\bwhat are the (?:\w+ ){1,3}lines\b`) },
  { op: 'share', cues: /\b(?:share of|as (?:a )?(?:%|percent(?:age)?|proportion|share|portion|fraction) of|(?:%|percent(?:age)?|proportion|fraction|(?<!\b(?:current|non-?current|long-term|short-term) )portion) of|mix|contribution to)\b|%\s*of\b|(?<!\bper (?:(?:class [a-z]|common|ordinary) )?)\bshare\s*[?.!]*$/ },
  // (One division sign standing apart, "ICE o/s / capital-light o/s", is a ratio; slashes inside a name, "capital-light/ICE",
  // or two or more apart, "capital light / ICE / tech", list items: slashes.ts.)
  { op: 'ratio', cues: /\b(?:ratio|divided by|coverage|(?:as\s+)?an?\s+multiple\s+of)\b|(?<!\s\/\s.*)\s[/÷]\s(?!.*\s\/\s)/ },
  { op: 'compare', cues: new RegExp(String.raw`\b(?:compared? (?:to|with)|compare|comparison|versus|vs\.?|which (?:grew|was|is|were|had|rose|fell|increased|decreased|declined)|faster|fastest|quicker|quickest|more fast|slower|biggest|largest|smallest|highest|lowest|rank|ranking|more than|less than|bigger|larger|most(?! recent)|(?<!at )least|(?<!\bof )which|by size|${TOP_N}|(?<=(?:biggest|largest|smallest|highest|lowest) )single)\b|${NET_ALONE}`) },
  { op: 'change', cues: new RegExp(String.raw`\b(?:change[ds]?|grow|grew|growth(?: rate)?|grown|increase[ds]?|decrease[ds]?|declin(?:e[ds]?|ing)|rise|rose|risen|rising|fell|fall(?:en|ing)?|drop(?:ped|s)?|${MOVES}|up|down|expand(?:ed)?|contracted|shr[iu]nk|move[ds]?|evolve[ds]?|trend|yoy|y\/y|qoq|q\/q|sequential(?:ly)?|year[-\s](?:over|on)[-\s]year|quarter[-\s](?:over|on)[-\s]quarter|half[-\s](?:over|on)[-\s]half|hoh|h\/h|percentage points?|pp|bps|delta|difference|${MULTIPLE}|higher|lower|improve[ds]?|improvement|worsen(?:ed)?|deteriorat\w*|better|worse|expansion|contraction|shorten(?:ed)?|lengthen(?:ed)?|shorter|longer|trends)\b|${RAISED_BY}`) },
];

/**
 * The comparison basis a change question names. Strong cues ("YoY", "sequential") ask for a change by
 * themselves; weak ones ("a year ago") are a basis only beside a change word, else a period.
 */
export const BASIS_CUES: { basis: 'yoy' | 'qoq'; strong: RegExp; weak: RegExp }[] = [
  {
    basis: 'yoy',
    strong: /\b(?:yoy|y\/y|year[-\s](?:over|on)[-\s]year|annual(?:ly)? growth)\b/,
    weak: /\b(?:(?:from|vs\.?|versus|compared? (?:to|with)|than|against) (?:(?:a|the) )?(?:year(?![-\s]?end)|same period|same quarter|prior year|last year)|a year (?:ago|earlier|before)|same (?:period|quarter) (?:of |in )?last year|prior[-\s]year|pcp|prior corresponding period)\b/,
  },
  {
    basis: 'qoq',
    strong: /\b(?:qoq|q\/q|quarter[-\s](?:over|on)[-\s]quarter|sequential(?:ly)?)\b/,
    weak: /\b(?:(?:from|vs\.?|versus|compared? (?:to|with)|than|against) (?:the )?(?:last|prior|previous|preceding) quarter|a quarter (?:ago|earlier)|(?:last|prior|previous|preceding) quarter)\b/,
  },
];

/** "what % is that", "as a share?": the line just shown as a share, unless a change is asked ("rise ... and what % is that"). */
export const POINTER_SHARE = /\b(?:what|which)\s+(?:%|percent(?:age)?|proportion|share|fraction|portion)\s+(?:is|was|of)\s+(?:that|this|it)\b|\bas an? (?:%|percent(?:age)?|share|proportion)\s*[?.!]*$/;

/** "current + noncurrent": a line with its twin added, read on the whole text (either word may be a line's name). */
export const TWINS_ADDED = /\bcurrent\s*(?:\+|plus|and)\s*non-?current\b/;

/**
 * "Total X" where the name X reads only a line's current and non-current parts ("total payable to investors of the
 * consolidated trusts"): their sum, as no line is X's total. It had listed the two parts.
 */
function totalOfTwins(text: string, m: { start: number; ids: string[] }): boolean {
  const [a, b] = [...m.ids].sort((x, y) => x.length - y.length);
  return m.ids.length === 2 && /_current$/.test(a!) && b === a!.replace(/_current$/, '_noncurrent') && /\btotal\s+(?:the\s+)?$/.test(text.slice(0, m.start));
}

/** A line with its non-current twin: "loans receivable incl. noncurrent" (their sum). */
// ("And the non-current part?" opening a follow-up turns to that line alone.)
export const WITH_TWIN = /\b(?:incl(?:\.|uding)?|plus|with|(?<=\S\s*)and)\s+(?:the\s+)?non-?current(?:\s+(?:portion|part|lines?))?\b/;

/** What stands between two names that asks for the first as a share of the second: "S&M % rev". */
export const PERCENT_SHARE = /^\s*%\s*$/;
/** What stands between names that adds them up: "S&M + G&A", "stand ready plus contingent". */
export const PLUS = /^\s*,?\s*(?:\+|plus)\s*$/;

/** Words that ask to rank lines, which a comparison of one line's parts needs ("which revenue line grew most"); "of which X" asks a part. */
export const RANKING = new RegExp(String.raw`\b(?:(?<!\bof )which|rank(?:ing)?|most(?! recent)|(?<!at )least|fastest|slowest|biggest|largest|smallest|highest|lowest|${TOP_N})\b`);
/** Ranking by size, not by change: "largest revenue line last quarter" is of that quarter. */
export const SIZE_RANK = new RegExp(String.raw`\b(?:biggest|largest|smallest|highest|lowest|${TOP_N})\b`);
/**
 * "The new authorization", "the new quarterly dividend": the one just approved or declared, which is the
 * release's latest; a word of how it is asked, no line's word (it declined as a word not understood).
 */
export const NEW_DECLARED = /\bnew(?=\s+(?:(?:quarterly|annual|interim|final|common|stock|cash|share|repurchase|buyback)\s+){0,3}(?:dividends?|authori[sz]ations?|plans?|program(?:me)?s?)\b)/;
/** "How big", "how small": the size of the figure asked (its value, or the ranked lines' own), no line's word. */
export const SIZE_ASKED = /\bhow (?:big|large|small)\b/;

/** The words naming US dollars and renminbi, for the cues below. */
const USD_WORDS = String.raw`usd|us\$|u\.?s\.? dollars?|dollars?\b`;
const RMB_WORDS = 'rmb|renminbi|yuan|cny';
export const USD_CUE = new RegExp(String.raw`\b(?:${USD_WORDS}|in \$|\$ terms|greenbacks?)\b|\$\s*\d|\bus\$`);
export const RMB_CUE = new RegExp(String.raw`\b(?:${RMB_WORDS})\b`);
/** A figure asked in US dollars or renminbi ("net charge-offs in dollars"): an amount, never a rate (kinds-asked.ts). */
export const IN_USD_OR_RMB = new RegExp(String.raw`(?<![\w-])(?:in|into)\s+(?:${USD_WORDS}|\$(?!\s*\d)|${RMB_WORDS})`);
/** Words asking for an amount rather than a ratio or a count: "the amount?", "the dollar figure". */
export const AMOUNT_WORD = /\b(?:amount|(?:dollar|euro|pound|yen|yuan|rmb|usd|currency) (?:figure|number|value|terms))\b/;
/**
 * The rate a currency asked is translated at ("at the release's rate", "using the convenience translation
 * rate"): how to convert, not a line's name (the "rate" of no delinquency or exchange-rate line). A rate
 * the asker gives ("at a rate of 7.0") is no such phrase: the bot converts only at the release's.
 */
export const AT_RATE = /\b(?:at|using|with|on|by|via)\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:(?:release|company|issuer|report|statement)(?:'s|s)?\s+|(?:stated|printed|given|quoted|same|own|period[- ]end|noon|convenience|official|exchange|translation|conversion|fx)\s+)*rate(?!\s*(?:of|=|:)?\s*(?:rmb\s*)?\d)(?:\s+(?:it|they)\s+(?:uses?|gives?|prints?|states?)|\s+(?:given|stated|printed|used)(?:\s+in\s+the\s+release)?)?\b/g;
/** "gross margin %", "margin pct": a percentage asked (a share of something is the share operation's, not a value's). */
export const PERCENT_ASKED = /%|\bpercent(?:age)?\b|\bpct\b/;
export const POINTS_CUE = /\b(?:percentage points?|pp|bps|basis points?|points)\b/;

// ---- classes of operations and phrasings the engine dispatches on ----

/** Operations that answer without a named metric. */
export const NO_METRIC: Operation[] = ['help', 'export', 'summary', 'guidance', 'buyback', 'fx', 'quote', 'definition', 'sum', 'compare', 'breakdown'];
/** Operations about a topic of the release, which unknown words put in doubt. */
export const TOPICAL: Operation[] = ['summary', 'guidance'];
// ("what % of credit driven rev" names only a share's whole: its part is the thread's line, never the whole over the total.)
export const FOLLOW_UP = /^\s*(?:and|so|what about|how about|same for|now|also|ok(?:ay)?,? (?:and|what about)|then|(?:as (?:a )?)?(?:%|percent(?:age)?|share|proportion|ratio|multiple) (?:of|to)|(?:what|which) (?:%|percent(?:age)?|share|proportion|portion|fraction) of)(?=\s|\b)|\b(?:is|of|was) (?:that|this|it)\s*[?.!]*$|\bof (?:it|that|this|which)\b|\bthe [\w-]+(?: [\w-]+)? one\s*[?.!]*$/;
/** Operations on figures, whose metric names must account for what the question says. */
/** The words asking a line's change. */
export const CHANGE_CUES = OPERATION_CUES.find((c) => c.op === 'change')!.cues;
export const FIGURE_OPS: Operation[] = ['export', 'value', 'change', 'share', 'ratio', 'sum', 'compare', 'breakdown'];
/** Operations whose answer carries no change: asked with a basis, they would leave it out. */
export const NO_CHANGE: Operation[] = ['share', 'sum', 'ratio', 'breakdown'];
/**
 * What stands before the whole in a share: "as a % of", "share of the total", "share of all", "% of the number of"
 * (words that say the whole is taken whole, no line's name).
 */
export const WHOLE_BEFORE = /(?:%|percent(?:age)?|share|proportion|portion|fraction)\s+of\s+(?:(?:the|all|total|overall|whole|entire|aggregate)\s+)*(?:(?:number|count|amount)\s+of\s+(?:the\s+|all\s+)?)?$/;
/** Operations a follow-up naming only a period repeats for that period. */
export const PER_PERIOD: Operation[] = ['share', 'ratio', 'sum', 'breakdown', 'compare', 'guidance', 'buyback'];
/** "of which X", "how much of that was X", "X of it": a part of the figure just shown, named now. */
export const PART_ASKED = /\bof (?:it|that|this|those|them|which)\b/;
/** Operations whose figure is a total of lines: a part of it asked is that part's own figure. */
export const TOTALS: Operation[] = ['sum', 'breakdown'];
/** Operations that set one figure against another. */
export const PAIRED: Operation[] = ['share', 'ratio'];
export const COMPARED = /\b(?:compared? (?:to|with)|from|since|vs\.?|versus|against|relative to|than)\b/;
/** Between the two sides of a ratio asked ("A to B", "A/B", "A over B", "A divided by B"); "#" is a blanked word. */
export const RATIO_JOIN = /^\s*(?:to|\/|÷|over|divided by)\s*#?\s*$/;
/** A holder after "to" ("profit to NCI"): the share attributed to it, no ratio (naming/holders.ts). */
export { TO_HOLDER } from '../naming/holders.js';
/** A name's last word that takes "to" as its own ("net income attributable to NCI"): no ratio. */
export const NAME_BEFORE_TO = /\b(?:attributable|attributed|due|related|relative|compared|prior)\s*$/;
/** "net of those four": more than two lines shown, offset against each other, are their total with each one's sign. */
export const NET_OF_SHOWN = new RegExp(`\\bnet(?: of)? ${SHOWN_LINES}\\b`);
/** One figure set against another as a difference: "difference between A and B", "how much more was A than B", "net them". */
export const DIFFERENCE = new RegExp(`\\b(?:difference(?: between)?|diff(?: between)?|gap between|how much (?:higher|more|lower|less|bigger|smaller|larger|greater)|minus|net of|net ${SHOWN_LINES}(?: off)?|less(?! than))\\b|${NET_ALONE}`);

/**
 * "1Q24 minus 1Q23": one period's figure less another's, the line's change between them. Read on the text with
 * its periods marked "§" (markPeriods): a minus inside a period ("mar-24") or between lines is no such thing.
 */
export const PERIOD_DIFFERENCE = /§\s*,?\s*(?:minus|less(?! than))\s+§/;
/** The text with each character of its periods (blanked in `bare`) marked "§". */
export const markPeriods = (text: string, bare: string) => [...bare].map((c, k) => (c === ' ' && text[k] !== ' ' && text[k] !== undefined ? '§' : c)).join('');

/** A net flow's name ("net change", "net increase"): a line of its own beside a balance, not a change of it. */
export const NET_FLOW = /\bnet\s+(?:change|increase|decrease|inflow|outflow)\b/;

/** Operations named by a topic that is itself a metric's name ("exchange rate", "share repurchase"). */
const TOPICS: Operation[] = ['fx', 'buyback', 'guidance', 'quote'];
const TOPIC_METRIC = /_to_usd_exchange_rate$|share_repurchase/;
/** Whether a metric is a topic's own fact (the exchange rate, a repurchase plan's), not a line of the statements. */
export const isTopicMetric = (id: string) => TOPIC_METRIC.test(id);
/** Whether a metric is a repurchase plan's own fact (its size, the amount spent, the average price). */
export const isPlanMetric = (id: string) => /share_repurchase/.test(id);
/** Topics that are about no line: a follow-up naming a line leaves them ("so what's net revenue in USD?" after the rate). */
export const LINELESS: Operation[] = ['fx', 'buyback'];
/** Operations answered with the release's words, not a figure: a follow-up asking a currency asks the line's figure. */
export const WORDS_OPS: Operation[] = ['reason', 'definition', 'quote', 'summary'];
/** "same comparison", "the same calc", "do the same": the thread's operation asked again, whatever cue its noun is. */
export const SAME_OP = /\b(?:same|that)\s+(?:comparison|calc(?:ulation)?|computation|math|change|growth|move|ratio|percentage|metric|basis)\b|\bdo (?:the )?same\b/;

/**
 * The operations a question's cues name, most specific first, and its comparison basis. `text` is the
 * question, `cueText` the same with its metric names blanked (a name's own "increase" is no cue).
 */
const BUYBACK_LEFT = /\b(?:left|remain\w*|headroom|capacity)\b.*\bshare repurchase\b|\bshare repurchase\b.*\b(?:left|remain\w*|headroom|capacity)\b/;
/**
 * A buyback's plan or its size asked: "how big is the buyback", "the buyback program", "share repurchase authorization size",
 * what it authorises ("how many shares are authorised under the buyback", "is the company authorized to buy back").
 */
const BUYBACK_PLAN = /\bshare repurchase\s+(?:plan|program(?:me)?|authori[sz]ation|authori[sz]ed\??$)\b|\b(?:are|is|was|were)\s+(?:[\w-]+\s+){0,2}?authori[sz]ed\b.*\bshare repurchase\b|\b(?:size|how (?:big|large))\b.*\bshare repurchase\b|\bshare repurchase\b.*\b(?:size|sized)\b/;
/** The shares bought under a plan asked ("total shares bought back under the program so far"): the plan's, never its size's line. */
const BUYBACK_BOUGHT = /\b(?:total|number of|count of)\s+(?:shares|ads)\s+(?:share repurchase|repurchased|purchased|acquired)\b.*\b(?:plan|program(?:me)?|authori[sz]ation|so far|to date)\b/;
/** A price asked ("avg px", "what price", "average cost", "what did they pay per share"): of a buyback, the plan's, never a weighted average share count's line. */
export const PRICE_ASKED = /\b(?:prices?|priced|px)\b|\b(?:average|avg|mean)\s+cost\b|\b(?:pay|paid|cost)\s+per share\b|\bper share on average\b/;
const ADD_UP = new RegExp(`\\badd(?:ed|ing)?(?:\\s+${SHOWN_LINES})?\\s+up\\b`, 'g');
/** "Add" said of what the company gained ("how many subscribers did they add", "were added", "net adds"): a change, no sum. */
// ("how many added", "how many users added": what was gained; "how much is A and B added together" adds them.)
export const GAINED = /\b(?:(?:did|do|does|will|have|has|had)\s+(?:they|it|we|(?:the\s+)?company)\s+add|(?:they|it|we|company)\s+(?:have\s+|has\s+)?added|(?:were|was|been|being)\s+added|net\s+add(?:s|itions)?|(?<=\bhow\s+many(?:\s+(?:new\s+)?[a-z]+)?\s+)added(?!\s+(?:up|together|to)\b))\b/g;

/** A figure said to be more or less than another ("more ... than a year ago"): with one line, than its own earlier figure. */
const MORE_THAN = /\b(?:more|less|bigger|larger|smaller|greater)\b(?=.*\bthan\b)/;

export function operationsOf(text: string, said: string, metrics: MetricMatch[]): { cued: Operation[]; basis: 'yoy' | 'qoq' | null } {
  // With no line named, "net change" is a net flow line's name (the thread's sibling), not a change.
  const cueText = metrics.length ? said : said.replace(NET_FLOW, ' ');
  // A topic's words may be a metric's name too ("exchange rate"): the topic holds unless another
  // metric's name holds them ("effect of foreign exchange rate changes").
  const topical = metrics.every((m) => m.ids.some(isTopicMetric));
  // The "up" of "add them up" is the sum's word, no change cue (it answered a change to this quarter).
  const gained = cueText.replace(GAINED, ' ');
  const cued = OPERATION_CUES.filter((c) => tests(c.cues, TOPICS.includes(c.op) && topical ? text : c.op === 'change' ? cueText.replace(ADD_UP, ' ') : gained)).map((c) => c.op);
  if (gained !== cueText && !cued.includes('change')) cued.unshift('change');
  // "largest revenue line last quarter" ranks by size in that quarter; "vs last quarter" compares with it.
  // ("how much more were cat losses than a year ago": one line set against its own earlier figure is its change.)
  const moreThan = metrics.length === 1 && MORE_THAN.test(cueText);
  const changeWord = cued.includes('change') || moreThan || (cued.includes('compare') && !SIZE_RANK.test(cueText));
  const strong = BASIS_CUES.find((b) => tests(b.strong, cueText));
  const basis = strong?.basis ?? (changeWord ? BASIS_CUES.find((b) => tests(b.weak, cueText))?.basis : undefined) ?? null;
  if (basis && !cued.includes('change')) cued.push('change');
  // A bare "%" between two names ("S&M % rev") asks for a share; after a change ("revenue QoQ %") it is the change's unit.
  const between = (re: RegExp) => metrics.some((a, k) => metrics[k + 1] && re.test(text.slice(a.end, metrics[k + 1]!.start)));
  if (!cued.includes('share') && between(PERCENT_SHARE)) cued.unshift('share');
  // "+" adds between two names, or inside a total ("guarantee liabilities total (stand ready + contingent)").
  if (!cued.includes('sum') && (between(PLUS) || (/\s\+\s/.test(cueText) && /\btotal\b/.test(text)))) cued.unshift('sum');
  // "Difference between A and B" sets two figures against each other: a comparison, not their changes.
  if (metrics.length >= 2 && DIFFERENCE.test(cueText)) {
    if (cued.includes('change') && !basis) cued.splice(cued.indexOf('change'), 1);
    if (!cued.includes('compare')) cued.unshift('compare');
  }
  if (!cued.includes('sum') && (WITH_TWIN.test(text) || TWINS_ADDED.test(text) || metrics.some((m) => totalOfTwins(text, m)))) cued.unshift('sum');
  // Arithmetic between lines ("A + B − C", "opex ex provisions") is a sum with signs, before any ranking.
  if (isExpression(text, metrics)) {
    if (cued.includes('sum')) cued.splice(cued.indexOf('sum'), 1);
    cued.unshift('sum');
  }
  if (!cued.includes('share') && !cued.includes('change') && POINTER_SHARE.test(cueText)) cued.unshift('share');
  // A share of a line named after its "of" ("ADSs repurchased under the 2024 plan as a % of diluted weighted ADS") is that
  // share, the plan naming only the part: the buyback cue had answered the plan's use. "What % of the 2024 plan" stays the plan's.
  if (cued.includes('buyback') && cued.includes('share') && metrics.some((m) => !m.ids.some(isPlanMetric) && WHOLE_BEFORE.test(text.slice(0, m.start)))) cued.unshift(...cued.splice(cued.indexOf('share'), 1));
  // What is left of a buyback, and the plan and its size, are the plan's, whichever line "buyback" also names (the shares repurchased).
  // (The market's price is none the company paid: "did the buyback move the share price".)
  const priceAsked = /\bshare repurchase\b|\brepurchased\b|\bbought back\b/.test(text) && PRICE_ASKED.test(text.replace(/\b(?:share|stock|market)\s+price\b/g, ' '));
  if (!cued.includes('buyback') && (BUYBACK_LEFT.test(text) || BUYBACK_PLAN.test(text) || BUYBACK_BOUGHT.test(text) || priceAsked)) cued.unshift('buyback');
  // A title is no person where a figure is asked and nobody's words ("how much did the CEO grow"): no quote answers it.
  if (cued.includes('quote') && asksFigureNotWords(text)) cued.splice(cued.indexOf('quote'), 1);
  // Commentary is the last resort beside an operation on figures ("break down the total cash the CFO cited").
  if (cued.includes('quote') && cued.some((o) => o !== 'quote' && FIGURE_OPS.includes(o) && o !== 'value')) cued.push(...cued.splice(cued.indexOf('quote'), 1));
  return { cued, basis };
}
