// The modifier recogniser: words that change how a figure is asked for, each a named rule. Handlers
// read these names from the frame, never the question text. `MODIFIER_RULES` run on the whole question;
// `TRANSFORMS` on the question with its metric names blanked (a name's own "per" or "average" is none).
import { DIFFERENCE, MULTIPLE, NEW_DECLARED, PRICE_ASKED, type Operation } from './operations.js';
import { mayMatch, tests } from '../../knowledge/prefilter.js';

const FIGURE_NOUN = String.raw`(?:level|figure|number|value|amount|reading|print)s?`;
const MEANING_NOUN = String.raw`(?:definitions?|meaning|what\s+(?:it|that)\s+(?:is|means)|how\s+(?:it'?s|it\s+is)\s+(?:defined|calculated|measured))`;
const JOINED = String.raw`\s*(?:,\s*)?(?:and|&|\+|\/|plus)\s*(?:the\s+|its\s+)?`;
const FIGURE_AND_MEANING = new RegExp(String.raw`\b${FIGURE_NOUN}${JOINED}${MEANING_NOUN}\b|\b${MEANING_NOUN}${JOINED}(?:latest\s+|current\s+)?${FIGURE_NOUN}\b`);

/** "next quarter", "the coming quarter": the quarter after the release's own, a period asked in words no period rule reads. */
export const NEXT_QUARTER = /\b(?:next|coming|following|upcoming)\s+(?:fiscal\s+)?(?:quarter|qtr)\b/;

export type ModifierName =
  | 'first-reported'
  | 'restated'
  | 'bps'
  | 'multiple'
  | 'smallest'
  | 'falls'
  | 'rises'
  | 'moves'
  | 'growth'
  | 'segments'
  | 'of-total'
  | 'midpoint'
  | 'against-outlook'
  | 'terms'
  | 'dates'
  | 'remaining'
  | 'spent'
  | 'to-date'
  | 'ceo'
  | 'cfo'
  | 'cro'
  | 'how-many'
  | 'per-share'
  | 'difference'
  | 'gaap'
  | 'non-gaap'
  | 'by-amount'
  /** The amount of a change asked ("by how much did it change", "how much did it increase"), not only its rate. */
  | 'change-amount'
  | 'figures'
  | 'ahead'
  /** "next quarter": the quarter after the release's own, which guidance is for (no period the question names). */
  | 'next-quarter'
  | 'chart'
  | 'mix'
  /** A buyback's price asked beside its size ("size and price?"): a part the answer must carry or decline. */
  | 'price'
  /** A buyback plan's size asked ("plan size and how much used"): a part the answer must carry beside the amount used. */
  | 'plan-size'
  /** The amount bought back asked ("how much have they repurchased"): a part the answer must carry beside any other. */
  | 'amount-bought'
  /** The count bought asked in a clause of its own ("..., and how many shares did they buy back?"), not a count left. */
  | 'count-bought'
  /** A share of a repurchase plan asked ("what % of the 2024 authorization was used"): the plan is the whole. */
  | 'of-plan'
  /** A figure asked by its definition or to a precision ("X as per their definition", "to the thousand"): the figure, with the definition asked of. */
  | 'by-definition'
  /** Set by the engine, not a word rule: the line asked about ("what's Core FFO?") is a term the release defines. */
  | 'defined'
  /** "how many ... and for how much": the amount of the thing counted, asked beside the count. */
  | 'and-amount'
  /** "how much ...?" of a thing counted: the amount stated with the count answers it, shown first (refiners/amount.ts). */
  | 'amount-asked'
  /** "for how much?" alone, after a count: the amount of the thing counted (dialogue.ts). */
  | 'amount-paid'
  /** "... and how much was it?", "... and its value": the figure asked beside a definition or a reason, never left out. */
  | 'and-figure'
  /** "by how much did it rise and why?", "what were X about?": the release's stated reason asked beside the figure, never left out. */
  | 'and-reason'
  /** "what is ICE and how much went through it": the line's meaning asked beside its figure, never left out. */
  | 'and-definition'
  /** "IAC q3, what was it?": the figure, and what the release says the line was where it says (of a charge, what it was for). */
  | 'what-it-was'
  /** "prior guidance", "the original outlook": the earlier outlook a revision replaced, not the current one. */
  | 'prior'
  /** How far guidance moved from the earlier outlook ("how much did they raise it", "vs prior guidance"). */
  | 'revision'
  /** How much of a guided figure the period so far achieved ("% of the FY forecast achieved in H1", "needed in H2"). */
  | 'progress'
  /** The growth a guided range implies ("implied yoy growth", "growth implied by the guide"): stated, else worked out. */
  | 'implied-growth'
  /** An amount a guide implies ("implied FY revenue at the midpoint"): no growth, rate or share named beside it. */
  | 'implied-amount'
  /** The effect of currency asked ("FX drag on FY revenue", "currency impact"): a clause of its own, never the range it acts on. */
  | 'currency-effect'
  /** "The new authorization", "the new dividend": the one just approved or declared, the latest of several plans. */
  | 'latest'
  /** "The previous buyback", "the prior program": a repurchase programme before the current one; its own sentences answer it. */
  | 'earlier-plan';

export interface ModifierRule {
  name: ModifierName;
  pattern: RegExp;
}

/**
 * What asks the amount paid for a thing counted: "for how much", "what did they cost", or the total named
 * ("what was the total consideration", "the amount paid"); a price is a part of its own, and a "total cost"
 * may be a line of its own (operating costs).
 */
const AMOUNT_PAID = String.raw`(?:(?:for\s+)?(?:how much|what (?:amount|sum|total|cost))(?:\s+(?:overall|altogether|was (?:it|that|spent|paid)|did (?:it|that|they|those) cost|did they (?:pay|spend)))?|what did (?:it|that|they|those) cost|(?:(?:what(?:'s|\s+(?:was|is|were))\s+|at\s+what\s+)?(?:the\s+)?(?:total|aggregate)\s+(?:consideration|amount)(?:\s+paid)?|(?:the\s+)?(?:consideration|amount)\s+paid))\s*[?.!]*$`;

/** A repurchase plan named: "the 2024 plan", "its share repurchase authorization". */
// (A plan named by its size, "the 350m plan", is the plan.)
const PLAN = String.raw`(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d{2}\s+)?(?:\S{0,4}\d[\d.,]*\s?(?:k|m|mn|mm|bn|thousand|million|billion)\s+)?(?:share\s+)?(?:buyback\s+|repurchase\s+)?(?:plan|program(?:me)?|authori[sz]ation|authori[sz]ed amount)\b`;
/** What a follow-up calls a plan: "one", "plan", "program", "buyback". */
const PLAN_NOUN = String.raw`(?:one|plan|program(?:me)?|authori[sz]ation|(?:share\s+)?(?:buy-?\s?backs?|repurchases?)(?:\s+(?:plan|program(?:me)?))?)`;

/** A word naming guidance: the outlook, the forecast, the target. */
const GUIDE_WORD = '(?:guidance|outlook|forecasts?|targets?|goals?|guide)';
/** An earlier outlook named: "prior guidance", "the previous full-year forecast". */
const EARLIER_GUIDE = String.raw`(?:prior|previous|earlier|original|initial|old)\s+(?:[\w-]+\s+){0,3}?${GUIDE_WORD}\b`;
/** A revision said as done ("raised", "reaffirmed", "unchanged"), never "lower" or "higher", which compare figures. */
const REVISED_AS = String.raw`(?:rais(?:e|ed)|lift(?:ed)?|hik(?:e|ed)|boost(?:ed)?|cut|lowered|trimmed|revised|upgraded|downgraded|reaffirm(?:s|ed)?|reiterat(?:e|es|ed)|maintain(?:s|ed)?|confirm(?:s|ed)?|unchanged|changed|updated)\b`;
/** A word naming guidance anywhere in a question, a company's expecting included ("still expecting 700-800?"). */
const GUIDE_ANY = String.raw`\b(?:guidance|outlook|forecasts?|targets?|goals?|guided?|expect\w*)\b`;
/** A pattern that holds only in a question naming guidance somewhere, before or after it (its clause may be another: "rev guide now? did they raise it"). */
const withGuide = (p: string) => `(?:(?<=${GUIDE_ANY}[^]*?)|(?=[^]*?${GUIDE_ANY}))(?:${p})`;
/** The part of a guided year left after the part reported: "H2", "the fourth quarter", "the rest of the year". */
const REST = String.raw`(?:h2|2h|second[- ]half|q4|4q|fourth[- ]quarter|rest of the (?:fiscal )?year|remainder of the (?:fiscal )?year)\b`;
/** A verb of revising guidance, in any tense ("raise", "cut", "lowered"); never "increase", which a guided growth is asked by. */
const REVISED = String.raw`(?:rais|lift|hik|boost|cut|lower|trimm?|revis|upgrad|downgrad)\w*`;
/** An earlier outlook named by its word alone ("previous", "the original"). */
const EARLIER = '(?:previous|prior|earlier|original|old)';
/** A point of a range asked: its midpoint or either end. */
const RANGE_POINT = String.raw`mid-?point|middle|low(?:er)?\s+end|high(?:er)?\s+end|top\s+end|bottom\s+end`;

/**
 * "Payable", "paid", "due" asked of when a figure is paid ("when is it payable", "when will the dividend be paid",
 * "payable when?"): the date's word, a cue, never a line's name (accounts payable, cash paid for taxes).
 */
export const DATE_WORD = /(?<=\bwhen\s+(?:is|are|was|were|will)\s+(?:[\w-]+\s+){1,3}?(?:be\s+)?)(?:payable|paid|due)\b|\b(?:payable|paid)(?=\s+(?:when|on\s+what\s+(?:date|day))\b)/;

export const MODIFIER_RULES: ModifierRule[] = [
  // A figure a later release restated, asked as the earlier release printed it.
  { name: 'first-reported', pattern: /\b(?:as\s+)?(?:first|originally|initially|previously)\s+reported\b|\bbefore\s+(?:the\s+)?restatement\b|\b(?:the\s+)?original\s+figure\b/ },
  // A restatement named: a change asked is the one it made (restated less first reported), not one between periods.
  { name: 'restated', pattern: /\brestate(?:d|ments?)\b/ },
  { name: 'bps', pattern: /\bbps\b|\bbasis points?\b/ },
  // A change asked as a multiple of the earlier figure: "how many x is that", "how many times higher", "what multiple".
  { name: 'multiple', pattern: new RegExp(String.raw`\b(?:${MULTIPLE})\b`) },
  // ("biggest to smallest" is largest first.)
  { name: 'smallest', pattern: /(?<!\bto )\b(?:smallest|lowest|least)\b/ },
  { name: 'falls', pattern: /\b(?:fell|fall|falls|declined?|declines|decreased?|decreases|dropped|drops?|shr[iu]nk|lower|worst)\b/ },
  { name: 'rises', pattern: /\b(?:grew|grows?|grown|growth|rose|rises?|risen|increase[ds]?|gain(?:ed|s)?|up|faster|fastest|higher|best)\b/ },
  // A change without a direction ("moved most", "biggest swing"): ranked by size either way, unless 'falls' or 'rises' says one.
  { name: 'moves', pattern: /\b(?:moved?|moves|moving|movements?|swings?|swung|changed?|changes|changing)\b/ },
  { name: 'growth', pattern: /\b(?:grew|grow|growth|dropped|drops?|faster|fastest|slower|slowest|increase[ds]?|decline[ds]?|rose|fell|change[ds]?|move[ds]?|moving|movements?|swings?|yoy|qoq|year[-\s](?:over|on)[-\s]year|quarter[-\s](?:over|on)[-\s]quarter|sequential)\b/ },
  { name: 'segments', pattern: /\bsegments?\b/ },
  { name: 'of-total', pattern: /\bof (?:the )?total\b/ },
  // (A "prior-year" or "previous quarter" figure is a period, not an earlier outlook; only the word is the
  // modifier, so the line named between it and "guidance" stays the metric.)
  { name: 'prior', pattern: /\b(?:prior|previous|earlier|original|initial|old)(?=\s+(?!(?:years?|quarters?|periods?|fiscal\s+(?:years?|quarters?))\b)(?:[\w-]+\s+){0,3}?(?:guidance|outlook|forecast|targets?|guide)\b)|\b(?:guidance|outlook|forecast)\s+(?:was\s+)?before\s+(?:the|its|it was)\s+(?:rais|cut|lower|revis|updat|narrow)\w*|\b(?:guidance|outlook|forecasts?|targets?)\s+(?:was\s+|were\s+)?(?:previously|originally|initially|before\s*[?.!]*$)/ },
  // A question asking only for the earlier one, as a thread's follow-up to guidance ("previous?", "what was it before?",
  // "and the prior one?"): the dialogue's guidance is what it asks of (dialogue.ts); after a figure it names no period.
  { name: 'prior', pattern: /^\W*(?:(?:and|so|ok|okay)\W+)?(?:(?:what\s+(?:was|were)\s+)?(?:the|its|their)\s+)?(?:previous|prior|earlier|original|old)(?:\s+(?:one|range|figure|number|level|guide|guidance|outlook|forecast))?\W*$|^\W*(?:(?:and|so)\W+)?what\s+(?:was|were)\s+(?:it|they|that|this|the\s+range)\s+(?:before|previously|earlier|originally)\W*$|^\W*(?:(?:and|so)\W+)?(?:before|previously|originally)\W*$/ },
  // A revision's size or direction: "how much did they raise it (by)", "by how much was it cut", "vs prior
  // guidance", "change from the previous forecast" (an earlier outlook named beside a comparison, never a prior
  // year), "did they raise their guidance?", "was the outlook raised or lowered?", "is the forecast unchanged?".
  { name: 'revision', pattern: new RegExp(String.raw`\b(?:did|do|does|have|has|had|was|were|is|are)\b[^?]*\b(?:${REVISED_AS}\b[^?]*\b${GUIDE_WORD}\b|${GUIDE_WORD}\b[^?]*\b${REVISED_AS})|\bhow much (?:did|was|were|has|have|had|is)\b[^?]*?\b${REVISED}|\b${REVISED}[^?]*?\bby how much\b|\bby how much\b[^?]*?\b${REVISED}|\b(?:size|amount) of (?:the |that |this )?(?:raise|cut|revision|upgrade|downgrade)\b|\b(?:vs\.?|versus|compared? (?:to|with)|against|from|relative to|change (?:from|since|vs\.?)|delta (?:to|from|vs\.?))\s+(?:the\s+|their\s+|its\s+)?${EARLIER_GUIDE}`) },
  // The direction of guidance asked in a question naming it, without an auxiliary before the guide word:
  // "raised or cut?", "did they raise it", "what changed", "any change", "vs prior", "still 12.5-13.5%?",
  // "guide reiterated?" (a revision word after the guide word; before it, "the updated outlook" names the range).
  // (A move asked of the range's midpoint names the guide after it or before it: "how much did the midpoint of the adj OP guidance move".)
  // ("Still" asked of what is needed to reach guidance is progress, of beating it a result against it; a prior year or quarter is a period.)
  { name: 'revision', pattern: new RegExp(withGuide(String.raw`\b${REVISED}\s+or\s+(?:${REVISED}|unchanged|maintained|kept|reaffirmed|reiterated|confirmed|the same|not)\b|\bup or down\b|\b(?:did|do|does|have|has|had)\s+(?:they|management|the company|we)\s+${REVISED}|\b(?:did|have|has|had|was|were|is|are)\s+(?:they|it|that|this)\s+(?:been\s+|get\s+|got\s+)?${REVISED_AS}|\bwhat(?:'s|\s+has|\s+is)?\s+changed\b|\bwhat\s+(?:was|were)\s+(?:it|they|that|this)\s+before\b|\bany\s+(?:changes?|revisions?)\b|\b(?:has|have|did)\s+(?:it|that|this|they|anything)\s+chang\w*|\bhow\s+(?:has|have|did)\b[^?]*\bchang\w*|\bhow\s+(?:much|far)\s+(?:did|has|have|was|were)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+){0,3}?${GUIDE_WORD}\s+)?(?:mid-?point|range|guidance|outlook|forecast|target|it|they|that)(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?${GUIDE_WORD})?\s+(?:been\s+)?(?:go(?:ne)?\s+(?:up|down)|went\s+(?:up|down)|mov\w*|ris(?:e|en)|rose|increas\w*|fall(?:en)?|fell|drop\w*|decreas\w*|shift\w*|chang\w*)|\bchanges?\s+(?:to|in)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?${GUIDE_WORD}|${GUIDE_WORD}\b[^?]*?\b${REVISED_AS}|\bstill\b(?!\s+(?:need\w*|left|to\b|required|remain\w*|available|outstanding|beat\w*|miss\w*|hit|met|meet\w*|ahead|above|below|in line|within|inside)\b)|\b(?:vs\.?|versus|compared? (?:to|with)|relative to)\s+(?:the\s+)?(?:prior|previous|earlier|original|initial|old)\b(?!\s+(?:years?|quarters?|periods?|fiscal|fy|q[1-4]|months?|half|h[12])\b)`)) },
  // A question asking only a direction, as a thread's follow-up to guidance ("did they raise it?", "raised or cut?",
  // "any change?"): the dialogue's guidance is what it asks of (a line named, "did they raise the dividend", is none).
  // An operation on the earlier outlook, said as a follow-up ("midpoint of previous?", "the prior one's midpoint", "previous
  // midpoint?"): the earlier range is the figure operated on, never the current one.
  { name: 'prior', pattern: new RegExp(String.raw`^\W*(?:(?:and|so|ok|okay)\W+)?(?:what(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?(?:${RANGE_POINT})\s+of\s+(?:the\s+|its\s+|their\s+)?${EARLIER}(?:\s+(?:one|range|guide|guidance|outlook|forecast))?\W*$|^\W*(?:(?:and|so|ok|okay)\W+)?(?:what(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?${EARLIER}(?:\s+(?:one|range|guide|guidance|outlook|forecast)(?:'s)?)?\s+(?:${RANGE_POINT})\W*$`) },
  // The move at the midpoint asked ("raise at midpoint?", "midpoint change?", "how big was the cut at the midpoint"): the revision, midpoint to midpoint.
  { name: 'revision', pattern: new RegExp(String.raw`\b(?:${REVISED}|change|move|shift|delta)\s+(?:at|in|of)\s+(?:the\s+)?mid-?point\b|\bmid-?point\s+(?:${REVISED}|change|move|shift|delta)\b`) },
  { name: 'revision', pattern: new RegExp(String.raw`^\W*(?:(?:so|and|ok|okay)\W+)?(?:(?:did|have|has|had|was|were|is)\s+(?:they|it|that|management|the company)\s+(?:been\s+)?(?:${REVISED_AS}|${REVISED})(?:\s+(?:it|that|them))?|${REVISED_AS}|${REVISED}\s+or\s+\w+|what(?:'s|\s+has|\s+is)?\s+changed|any\s+(?:changes?|revisions?)|(?:has|did)\s+(?:it|that|anything)\s+chang\w*)(?:\s+or\s+(?:not|\w+))?\W*$`) },
  // Progress against guidance: a share of the guided figure achieved, or what is left to reach it (the
  // second half or fourth quarter a full-year guide implies is what is left of it).
  // (Progress: also the actual named before the share of the guide, "first-half EBITDA, and what % of the FY guide midpoint is that?".)
  { name: 'progress', pattern: new RegExp(String.raw`\bimpl(?:y|ies|ied|ying)\b[^?]*\b${REST}|\b${REST}[^?]*\bimpl(?:y|ies|ied|ying)\b|(?:%|\b(?:percent(?:age)?|pct|proportion|portion|fraction|share|how much))\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,5}?(?:${GUIDE_WORD}|mid-?point)\b(?=[^?]*\b(?:achiev\w*|reach\w*|deliver\w*|done|complete\w*|hit|met|booked|so far|already|to date|ytd|year[- ]to[- ]date|in (?:h1|1h|the first half|first half|q[1-3]|[1-3]q|the first (?:nine|9|six|6|three|3) months)))|\bprogress (?:toward|towards|against|vs\.?|versus|on|to) (?:the |its |their )?(?:[\w-]+ ){0,4}?${GUIDE_WORD}\b|\b(?:need(?:ed|s)?|required?|left|remain\w*|to go)\b[^?]*\b(?:to |in order to )?(?:hit|meet|reach|achieve|make|deliver)\b[^?]*\b${GUIDE_WORD}\b|(?<=\b(?:h1|1h|first[- ]half|h2|ytd|year[- ]to[- ]date|9m|nine[- ]months?|first (?:nine|six|three) months)\b[^?]*)(?:%|\b(?:percent(?:age)?|pct|proportion|portion|fraction|share))\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,5}?(?:${GUIDE_WORD}|mid-?point)\b`) },
  // The growth a guided figure implies: "implied yoy growth", "what growth does the guide imply", "growth implied".
  { name: 'implied-growth', pattern: /\bimpl(?:y|ies|ied|ying)\b[^?]*\b(?:growth|yoy|y\/y|year[-\s](?:over|on)[-\s]year)\b|\b(?:growth|yoy|y\/y|year[-\s](?:over|on)[-\s]year)\b[^?]*\bimpl(?:y|ies|ied|ying)\b/ },
  // An amount a guide implies: "implied FY26 revenue at midpoint of guidance" asks revenue, never the guided growth rate.
  { name: 'implied-amount', pattern: /^(?![^?]*(?:%|\b(?:growth|grow|yoy|y\/y|year[-\s](?:over|on)[-\s]year|rates?|margins?|percent\w*|pct|ratios?)\b))[^?]*\bimpl(?:y|ies|ied|ying)\b/ },
  // A currency effect named: the effect of exchange rates on a line, which a release may guide beside the line's own range.
  { name: 'currency-effect', pattern: /\b(?:fx|foreign[\s-]exchange|currency|currencies|exchange[\s-]rates?|translation(?:al)?)\s+(?:[\w-]+\s+)?(?:effects?|impacts?|drag|headwinds?|tailwinds?|hit)\b|\b(?:effects?|impacts?|drag|headwinds?|tailwinds?|hit)\s+(?:of|from)\s+(?:the\s+)?(?:fx|foreign[\s-]exchange|currenc(?:y|ies)|exchange[\s-]rates?)\b/ },
  { name: 'midpoint', pattern: /\bmid-?points?\b|\bmiddle\b/ },
  // The result asked beside the outlook: "what did they actually do", "did it land inside the range"
  // ("land" alone may be a line's name: a land bank).
  { name: 'against-outlook', pattern: /\b(?:beat|beats|miss(?:ed|es)?|exceed(?:ed|s)?|in line with|ahead of|below|above|hit|met|meet|deliver(?:ed)? on|actuals?|vs\.?|versus|against|compared? (?:to|with)|compare|actually (?:do|did|deliver\w*|report\w*|post\w*|achieve\w*|come|came|make|made)|land(?:ed|s|ing)? (?:inside|within|in|above|below|outside)|(?:inside|within|outside) (?:of )?(?:the|its|their) (?:\w+ )?range)\b/ },
  // (A plan's "status" or "progress" is what its sentences say of it: how much of it was used, when it ran; so is
  // what "happened" with it, its "outcome": "used substantially all of it", never its size alone.)
  { name: 'terms', pattern: /\b(?:status|progress|happen(?:ed|s|ing)?|outcome|become of|became of|when|dates?|start(?:ed|s)?|began|begin|expire[sd]?|ends?|approv\w*|announc\w*|period|complete[ds]?|(?<!\b(?:in|rmb|usd|dollar|absolute|amount|percentage|relative|real|nominal)\s+)terms?)\b/ },
  // The dates a figure is paid or counted on, asked beside it: "when is it payable", "payment date?" (handlers/dates.ts).
  // ("As of what date is the usd conversion rate": the date the figure is given as of, quoted beside it.)
  { name: 'dates', pattern: new RegExp(`\\bwhen\\b|\\b(?:what|which)\\s+date\\b|\\b(?:payment|pay|payable|record|ex-dividend)\\s+dates?\\b|${DATE_WORD.source}`) },
  // What a plan has used so far ("how much was used", "spent so far"): its amount spent. The verb in its plain form too, after
  // "did/do/does" and who did it ("how much of it did they use?"): never the noun ("land use rights", "use of proceeds").
  { name: 'spent', pattern: /\b(?:used|utili[sz]\w*|spent|spend|deployed)\b|\b(?:did|does|do)\s+(?:they|it|we|you|management|(?:the\s+)?(?:company|group|firm|bank|board))\s+(?:actually\s+|already\s+|really\s+)?(?:use|utili[sz]e)\b/ },
  // "still to do", "yet to be bought", "how much to go": what a plan has not yet used.
  // ("How many more can they still buy back", "how many shares can still be bought", "how many more can be repurchased":
  // what can still be done is what is left.)
  { name: 'remaining', pattern: /\b(?:(?:can|could|may)\s+(?:(?:they|it|we|(?:the\s+)?company)\s+)?still\s+(?:be\s+)?(?:buy|bought|(?:share )?repurchased?|purchased?|spend|spent|use|used)|more\s+(?:\w+\s+)?(?:can|could|may)\s+(?:(?:they|it|we|(?:the\s+)?company)\s+)?(?:be\s+)?(?:buy|bought|(?:share )?repurchased?|purchased?)|remain\w*|left|unused|still available|headroom|capacity|(?:still|yet) to (?:do|go|complete|run|buy|be (?:done|completed|bought|spent|used|share repurchased?))|to go)\b/ },
  // A share of a repurchase plan: the plan named as the whole (a % of the shares outstanding bought back is none).
  // (Or a share said done of the plan the question is about: "buyback: what % done", "percentage completed so far".)
  { name: 'of-plan', pattern: new RegExp(`(?:%|\\b(?:percent(?:age)?|pct|proportion|portion|fraction|share))\\s+of\\s+${PLAN}|${PLAN}.*\\b(?:as an?|in)\\s+(?:%|percent(?:age)?\\b|pct\\b|share\\b|proportion\\b)|(?:%|\\b(?:percent(?:age)?|pct))\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:share\\s+)?(?:buy-?\\s?backs?|repurchases?)\\b(?!\\s+(?:were|was)\\s+(?:funded|paid|financed))|(?<=\\b(?:buy-?\\s?backs?|repurchases?|${PLAN})\\b[^?]*)(?:%|\\b(?:percent(?:age)?|pct))\\s+(?:(?:is|was|has been|have been)\\s+)?(?:done|complete[d]?|executed|used|utili[sz]ed)\\b` +
    // ("so how much is left, and what % used" after the plan: the share said done of the plan the thread is about.)
    String.raw`|(?:^|[,;]|\band\b)\s*(?:so\s+)?(?:what\s+)?(?:%|\b(?:percent(?:age)?|pct))\s+(?:(?:is|was|has been|have been)\s+)?(?:done|complete[d]?|executed|used|utili[sz]ed)\s*[?.!]*$`) },
  { name: 'latest', pattern: NEW_DECLARED },
  // A follow-up naming only the newer of the thread's plans ("and the new one?", "what about the latest plan?"): that plan, never the thread's.
  { name: 'latest', pattern: new RegExp(String.raw`^\W*(?:(?:and|so|ok|okay|what\s+about|how\s+about)\W+)*(?:the\s+)?(?:(?:new|newer|newest|latest)(?:\s+${PLAN_NOUN})?|(?:current|most\s+recent)\s+${PLAN_NOUN})\W*$`) },
  { name: 'ceo', pattern: /\b(?:ceo|chief executive)\b/ },
  { name: 'cfo', pattern: /\b(?:cfo|chief financial)\b/ },
  { name: 'cro', pattern: /\b(?:cro|chief risk)\b/ },
  // (The count may be named without "how many": "ADSs bought back so far and for how much"; refiners/amount.ts asks a count.)
  { name: 'and-amount', pattern: new RegExp(`\\band\\s+${AMOUNT_PAID}`) },
  // The figure asked in a clause of its own beside words asked of the line: "... and what was it", "... and give the
  // Q1 number", "... and how much volume went through it", or first: "what was it and how is it defined".
  { name: 'and-figure', pattern: /\band\s+(?:how\s+(?:much|big|large)|what)\s+(?:was|is|were|are)\s+(?:it|they|that|those|the\s+(?:figure|amount|number|level|rate))\b(?!\s+(?:made|composed|comprised|driven|due|for|about|like|in|of)\b)|\band\s+(?:its|their|the)\s+(?:value|amount|figure|level)\b|\band\s+(?:give|show|tell)\s+(?:me\s+|us\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:number|figure|value|rate|amount|level)\b|\band\s+how\s+much\s+(?:[\w-]+\s+){0,3}?(?:went|goes|go|passed|flowed|ran)\s+through\b|^\W*(?:and\s+)?(?:[\w-]+\s+){0,6}?(?:-|–|:)?\s*(?:what|how much)\s+(?:was|is)\s+(?:it|that)\s+and\s+(?:how|what)\b/ },
  // The reason asked in a clause of its own beside a figure ("... and why?", "..., what drove it?"), or what a charge
  // was about ("what were the items affecting comparability about?"): the figure and the release's stated reason.
  { name: 'and-reason', pattern: /(?:\band\b|[,;:\u2013\u2014-])\s*(?:(?:so|but)\s+)?(?:why|how come|what\s+(?:drove|caused|explains?|was\s+behind|is\s+behind)|what(?:'s|\s+was|\s+were|\s+are)\s+the\s+(?:reasons?|drivers?))\b|^\W*what\s+(?:was|were|is|are)\s+(?:the\s+|these\s+|those\s+)?[^?]+?\babout\s*[?.!]*$/ },
  // "X q3, what was it?", "X - what were they?": a pointer question said last in a clause of its own asks the figure or
  // what the line was; "..., what were they about?" asks the latter (its reason, said or declined).
  { name: 'what-it-was', pattern: /\w[^,;:\u2013\u2014-]*[,;:\u2013\u2014-]\s*what\s+(?:was|were|is|are)\s+(?:it|they|that|those|these)\s*[?.!]*$/ },
  { name: 'and-reason', pattern: /[,;:\u2013\u2014-]\s*what\s+(?:was|were|is|are)\s+(?:it|they|that|those|these)\s+about\s*[?.!]*$/ },
  { name: 'and-definition', pattern: /^\W*what(?:'s| is| are)\b(?=[^?]*\band\s+(?:(?:what|how\s+much)\s+(?:was|is|were|are)\s+(?:it|that|they|the)\b|how\s+much\b|(?:give|show|tell)\b))|\band\s+(?:how\s+(?:is|was|are)\s+(?:it|that|they)\s+(?:defined|calculated|measured)|what\s+(?:is|does)\s+(?:it|that)\s+mean)\b/ },
  // The figure and the line's meaning asked as a pair of nouns ("level and definition", "definition & number",
  // "value + what it means"): both parts, whichever the operation read first.
  { name: 'and-figure', pattern: FIGURE_AND_MEANING },
  // A figure quoted of the line the words are asked of ("the 8.32bn total cash - what's in it"): the line's figure is
  // said beside them, so the asker sees the figure they quoted is the one explained.
  { name: 'and-figure', pattern: /\b(?:the|that|this|its|their)\s+(?:rmb|us\$|[a-z]{0,2}[$¥€£₹]|usd|eur|gbp|jpy)?\s?\d[\d,]*(?:\.\d+)?\s?(?:bn|billion|mn|mln|million|k|thousand)\b/ },
  // The figure asked by the definition it follows ("total cash as per their footnote 11 definition", "X as defined in
  // the release") or to a precision ("to the thousand"): only a figure has either, so the definition alone answers none of it.
  { name: 'by-definition', pattern: /\b(?:as\s+per|per|under|according\s+to|using|following|by\s+(?:the|their|its))\s+(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,3}?definitions?\b|\bas\s+defined\s+(?:in|by|under)\b|\bto\s+the\s+(?:nearest\s+)?(?:thousands?|millions?|hundreds?|units?|cents?|decimal)\b/ },
  { name: 'and-definition', pattern: FIGURE_AND_MEANING },
  { name: 'amount-paid', pattern: new RegExp(`^\\W*(?:and\\s+|so\\s+)?${AMOUNT_PAID}`) },
  // ("By how much", "how much more than", "how much of", "how much is left" ask a change, a gap, a part or a rest.)
  { name: 'amount-asked', pattern: /(?<!\bby\s)\bhow much\b(?!\s+(?:more|less|higher|lower|bigger|smaller|larger|greater|of|left|remains?)\b)/ },
  { name: 'how-many', pattern: /\bhow many\b|\bcount\b|\bnumber of\b/ },
  { name: 'difference', pattern: DIFFERENCE },
  { name: 'gaap', pattern: /(?<!non-)\bgaap\b/ },
  // The reported basis asked by its other names, alone or as "the reported one": never "reported revenue", "as first reported".
  { name: 'gaap', pattern: /^\W*(?:(?:and|what about|how about|vs\.?|versus)\s+)?(?:the\s+)?(?:reported|unadjusted)(?:\s+(?:one|figure|number|basis|version|equivalent))?\W*$|\b(?:the|on\s+an?)\s+(?:reported|unadjusted)\s+(?:one|figure|number|basis|version|equivalent)\b/ },
  { name: 'non-gaap', pattern: /\bnon-gaap\b/ },
  { name: 'by-amount', pattern: /\bin (?:rmb|usd|us\$|dollar|amount|absolute)(?: terms)?\b|\b(?:by|in) (?:amount|absolute terms)\b|\babsolute\b/ },
  { name: 'change-amount', pattern: /\bby how much\b|\bhow much (?:did|does|do|has|have|had|was|were|is)\b[^?]*?\b(?:chang|increas|decreas|grow|grew|rise|rose|risen|fall|fell|fallen|declin|drop|jump|climb|move)\w*|\bhow much (?:did|has|have|had)\b[^?]*?\b(?:go|went|gone) (?:up|down)\b|\b(?:amount|size) of (?:the |that |this )?(?:change|increase|decrease|growth|decline|drop|rise|fall)\b/ },
  { name: 'figures', pattern: /\b(?:any|with|the|what|which|some|key|give) (?:numbers|figures|stats|data)\b/ },
  { name: 'ahead', pattern: /\b(?:going forward|looking ahead|from here on)\b/ },
  { name: 'next-quarter', pattern: NEXT_QUARTER },
  // A picture asked for: the answer carries a chart when it has a series or a breakdown to draw.
  { name: 'chart', pattern: /\b(?:charts?|charted|charting|plot(?:s|ted|ting)?|graphs?|graphed|graphing|pie|visuali[sz](?:e|ed|ing|ation)|diagram|stacked|bars?)\b/ },
  // The parts of a whole, seen as one: "revenue mix", a "pie", a "stacked" bar.
  { name: 'mix', pattern: /\b(?:stacked|pie|mix)\b/ },
  { name: 'per-share', pattern: /\bper (?:class [a-z] )?(?:ordinary )?(?:share|ads)\b|\beps\b/ },
];

/** A count of shares named as an item ("shares", "no. of shares", "# ADSs"), and another part of a buyback named beside it. */
const SHARES_ITEM = String.raw`(?:(?:no\.?|number|#)\s*(?:of\s+)?)?(?:shares|adss?)`;
const PART_ITEM = String.raw`(?:avg|average|price|px|amount|cost|value|how much|\$)\b`;

/**
 * Words asking a part of a topic that only its operation answers ("buyback size and price?"): read for that
 * operation alone, and no text-search words (a release's "price" stays searchable).
 */
const TOPIC_RULES: (ModifierRule & { op: Operation })[] = [
  { name: 'price', op: 'buyback', pattern: PRICE_ASKED },
  { name: 'earlier-plan', op: 'buyback', pattern: new RegExp(String.raw`\b(?:previous|prior|earlier|former|preceding|old)\s+(?:share\s+|stock\s+)?${PLAN_NOUN}\b`) },
  // (The buyback "authorised" or its "authorization" named alone asks its size; so does its ceiling: "max shares under the NCIB";
  // so does what the plan authorises or allows, "how many shares does the program authorize", "are authorized under it".)
  { name: 'plan-size', op: 'buyback', pattern: /\b(?:size|sized|how (?:big|large)|max(?:imum)?|ceiling|cap|authori[sz]ed (?:amount|value)|total authori[sz]ation|authori[sz](?:es?|ing)|(?:is|are|was|were|be|been)\s+(?:[\w-]+\s+){0,2}?authori[sz]ed|allow(?:s|ed)?|permit(?:s|ted)?)\b|^(?:the |what(?:'s| is| was) the )?(?:share |stock )?(?:buy-?backs?|repurchases?) (?:authori[sz]ed|authori[sz]ation)\??$/ },
  // ("How much" of the buying itself, in its own clause: "how much have they bought back so far and at what price";
  // "how much is left on the buyback" asks what is left, never what was bought.)
  { name: 'amount-bought', op: 'buyback', pattern: /\bhow much\b(?:(?![,;]|\b(?:and|left|remain\w*|unused|available)\b|\bprice)[^?])*?\b(?:bought|buy(?:ing)?|share repurchase(?!\s+(?:plans?|program\w*|authori\w+))|purchas(?:e|ed|ing))\b|\b(?:amount|value|dollars?|money)\s+(?:purchased|bought(?: back)?|share repurchase)\b/ },
  // What a plan has bought in all, not a period's part: "cumulative buybacks", "how much has been bought back", "to date".
  { name: 'to-date', op: 'buyback', pattern: /\b(?:cumulative(?:ly)?|(?<!\byear )to date|so far|in total|since (?:the )?(?:start|launch|inception|beginning)|(?:has|have) (?:been )?(?:bought|repurchased|purchased|share repurchased?))\b/ },
  // (Or named as the shares bought: "total shares bought back under the program", "number of shares repurchased",
  // "shares bought so far and how much is left": the shares named as bought are a count, whatever word comes before.)
  // A count of shares asked as one item of a list of the buyback's parts: "buyback q3: shares and avg px", "price, no of
  // shares?" (bought, or the plan's ceiling where it is sized in shares); "repurchase of shares and dividends" asks no count.
  { name: 'how-many', op: 'buyback', pattern: new RegExp(String.raw`(?<!\bof\s)\b${SHARES_ITEM}\s*(?:and|&|,|/|\+)\s*(?:at\s+)?(?:what\s+|the\s+)?${PART_ITEM}|\b${PART_ITEM}\s*(?:and|&|,|/|\+)\s*${SHARES_ITEM}\s*[?.!]*$`) },
  // ("How many shares are authorised under the buyback", "... does it allow": what the plan may buy, its size, never a count bought.)
  { name: 'count-bought', op: 'buyback', pattern: /\b(?:shares|ads)\s+(?:bought|share repurchase|repurchased|purchased|acquired)\b|\bhow many\b(?:(?![,;]|\b(?:and|left|remain\w*|still|more|price|can|could|may|might|allow\w*|able|authori[sz]\w*|permit\w*)\b)[^?])*?\b(?:bought|buy(?:ing)?|share repurchase(?!\s+(?:plans?|program\w*|authori\w+))|(?:re)?purchas(?:ed|ing)|purchase|acquired)\b/ },
];

/** Where a text's modifier words stand: a text search looks for what is left. */
export function modifierSpans(text: string, names?: ModifierName[]): { start: number; end: number }[] {
  return MODIFIER_RULES.filter((r) => !names || names.includes(r.name)).flatMap((r) => (mayMatch(r.pattern, text) ? [...text.matchAll(new RegExp(r.pattern.source, 'g'))] : []).map((m) => ({ start: m.index!, end: m.index! + m[0].length })));
}

/** The modifiers a text holds. */
export const modifiersOf = (text: string, op?: Operation): Set<ModifierName> =>
  new Set([...MODIFIER_RULES, ...TOPIC_RULES.filter((r) => r.op === op)].filter((r) => tests(r.pattern, text)).map((r) => r.name));

/** Words that turn a figure into another one the release does not print ("revenue per user", "ex-SBC"). */
export const TRANSFORMS = /\b(?:per|excluding|excl|ex|without|average|avg|median|annuali[sz]ed|run[- ]rate|ttm|ltm|trailing|cagr|adjusted for|net of|alone|solely|other than|except|apart from|besides|return on|take rate|yield on)\b/g;
