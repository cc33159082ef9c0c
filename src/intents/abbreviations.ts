// The shorthand a question is rewritten by before any name is matched: self-corrections ("the cfo, i mean cash
// from ops"), analysts' and sectors' abbreviations, dictated words, and verbs said for operations.
import { DICTATED, PERIOD_WORDS } from './dictation.js';
import { CFO_AS_FIGURE } from './officers.js';
import { SECTOR_SHORTHAND } from './sector-shorthand.js';
import { ANALYST_SHORTHAND } from './analyst-shorthand.js';
/** Words after which a phrase a speaker corrects begins ("the cfo, i mean cash from ops": "cfo"). */
const PHRASE_START = "the|a|an|in|at|for|of|on|as of|vs|and|what's|whats|what is|what was|is|was";
/** A self-correction: the words after "i mean" replace the phrase before them, back to its start. */
const SELF_CORRECTION = new RegExp(`(^|\\b(?:${PHRASE_START})\\s+)(?:(?!\\b(?:${PHRASE_START})\\s)[^,;])*?[,;]?\\s*\\b(?:sorry,?\\s*)?i mean(?:t)?\\b[,:]?\\s*`, 'g');

/** Whole-word rewrites applied to a question before matching: abbreviations and shorthand. */
export const ABBREVIATIONS: [RegExp, string][] = [
  [SELF_CORRECTION, '$1'],
  ...ANALYST_SHORTHAND,
  [/\bs\s*&\s*m\b|\bs\s*(?:and|n)\s*m\b/g, 'sales and marketing'],
  [/\bg\s*&\s*a\b|\bg\s*(?:and|n)\s*a\b/g, 'general and administrative'],
  [/\bfis?\b/g, 'financial institution'],
  [/\bnci\b/g, 'noncontrolling interests'],
  [/\bcapex\b/g, 'capital expenditures'],
  // "Tech & dev", "R&D"'s neighbour: development cut short ("dev" alone is no other word in a release).
  [/\bdev\b\.?/g, 'development'],
  [/\btech\b\.?(?=\s*(?:&|and)\s*development\b)/g, 'technology'],
  [/\bsbc\b/g, 'share-based compensation expenses'],
  [/\bebt\b|\bpbt\b|\bpre[\s-]?tax (?:income|profit|earnings)\b/g, 'income before income tax expense'],
  [/\bni\b/g, 'net income'],
  [/\bopm\b/g, 'operating margin'],
  // "op inc", "fin income": the word after says which line the short form is.
  [/\b(financing|interest|net|other|operating|comprehensive|op) inc\b\.?/g, '$1 income'],
  [/\bfin\.?\s+(?=income|revenue)/g, 'financing '],
  // "Mgn": margin cut short (before "op" reads it).
  [/\bmgns?\b|\bmrgns?\b/g, 'margin'],
  [/\bop\.?\s+(?=income|profit|margin|expenses?|costs?|cash)/g, 'operating '],
  // "per the consolidated cash flow statement", "on the balance sheet": where a figure is printed, which
  // every statement line's own section already says; its words are no part of the line's name.
  [/\b(?:per|according to|from|in|on|as shown in) the (?:(?:consolidated|condensed|unaudited|interim)\s+)*(?:cash[- ]flows? statements?|statements? of (?:consolidated )?cash flows?|income statements?|statements? of (?:operations|income|earnings|results of operations)|balance sheets?|statements? of financial position)\b/g, ' '],
  // "Comp store sales": retail's comparable sales (never "stock comp", which is compensation).
  [/\bcomps?\.?(?=\s+(?:stores?|sales|restaurants?)\b)/g, 'comparable'],
  [/\bocf\b/g, 'operating cash flow'],
  [/\bcfi\b/g, 'investing cash flow'],
  [/\bcff\b/g, 'financing cash flow'],
  [/\bpp\s*&\s*e\b/g, 'property and equipment'],
  // A balance's sides: "opening cash" is the beginning-of-period balance, "closing cash" the ending one.
  [/\bopening\b/g, 'beginning'],
  [/\bclosing\b/g, 'ending'],
  [/\bdtas?\b/g, 'deferred tax assets'],
  [/\bdtls?\b/g, 'deferred tax liabilities'],
  [/\badrs?\b/g, 'ads'],
  // A slash before a unit of a per-unit figure is "per" ("diluted eps / ads", "dps/share"), never a ratio of two lines.
  [/\s*\/\s*(?=(?:ads|shares?|ordinary shares?|common shares?|units?)\s*(?:[?.!,;)]|$|\s+(?:in|for|at|of|q[1-4]|[1-4]q|fy|this|last|\d)))/g, ' per '],
  [/\btot\b\.?/g, 'total'],
  // "3rd party": a third party, as releases spell it ("3rd" before anything else is a quarter's or a day's ordinal).
  [/\b3rd(?=[\s-]+part(?:y|ies)\b)/g, 'third'],
  [/\bpax\b(?=\s+(?:rev|revs|revenues?|yield|load|miles))/g, 'passenger'], // "pax rev": an airline's passenger line ("pax" alone is its count of passengers)
  // The figure a restatement gave is the figure "as restated" ("after the restatement", "post-restatement").
  [/\b(?:after|post|following|since)[- ](?:the\s+|its\s+)?restatement\b/g, 'as restated'],
  [/\bco\b\.?(?!-)/g, 'company'],
  // "LFL": a retailer's like-for-like sales (a release that prints no like-for-like figure declines naming it).
  [/\blfl\b|\bl-f-l\b/g, 'like-for-like'],
  [/\bwat(s)?\b|\bwot(s)?\b/g, 'what$1$2'],
  // Dictation: "twenty twenty four", "two thousand twenty three", "ninety day plus".
  ...DICTATED,
  ...PERIOD_WORDS,
  // "CFO" is cash flow from operations in a question asking a figure ("how much did CFO improve yoy", "CFO
  // Q1 2024", "CFO as a % of net income") that asks nobody's words ("what did the CFO say", "per the CFO").
  [CFO_AS_FIGURE, 'operating cash flow'],
  [/\brev\b|\brevs\b|\btopline\b|\btop line\b|\bturnover\b/g, 'revenue'],
  [/\badj(?:usted)?\b\.?(?=\s|[?!,;]|$)/g, 'non-gaap'], // ("adjusted?" too: the basis word, never the start of "Adjustments")
  // (Speech-to-text hears "non-GAAP" as "non gap"; "gap" alone is a difference. A letter held too long or too short,
  // "non gapp", "non-gaaap", is the same word: spelling.ts reads "gapp" alone so.)
  [/\bnon[\s-]?g+a+p+\b/g, 'non-gaap'],
  // "non-operating", "non-current": one word, the opposite of the line it names.
  [/\bnon[\s-]+(?=(?:current|operating|controlling|recurring|cash|interest)\b)/g, 'non'],
  // "EPADS": earnings per ADS.
  [/\bepads\b/g, 'eps per ads'],
  // "curr + noncurr": current and noncurrent lines cut short.
  [/\b(non-?)?curr\b/g, '$1current'],
  [/\bops\b/g, 'operations'],
  // A duration glued to its count, as analysts type it ("30d", "90d+", "30-d"): "30-day" ("2d quarter" is the second).
  [/\b(\d{1,3})-?d\b(?!\s*(?:quarter|qtr|half)\b)/g, '$1-day'],
  // "90 dpd+", "90 days+": the "+" glued after the unit is the bucket's "and over", as in "90+ dpd", never a sum's.
  [/\b(\d{1,3})\s*(dpd|days?)\+(?=\s|$|[?,.;)])/g, '$1+ $2'],
  [/\b(?:90\s*(?:\+|plus\b)\s*(?:days?\s*)?|90[\s-]*days?\s*(?:\+|plus\b)?\s*|dpd\s*90\s*\+?\s*|90\s*(?=dpd))(?:dpd|past due|delinquen(?:cy|t))?(?:\s*rates?)?/g, '90 day+ delinquency rate '],
  [/\bd1\b|\bday[\s-]*1\b|\bday[\s-]*one\b/g, 'day-1'],
  [/\bc30\b|\b30[\s-]*day collection\b/g, '30-day collection'],
  // "FX translation": the translation of foreign currency statements, not an exchange gain.
  [/\bfx translation\b/g, 'foreign currency translation'],
  [/\bfx\b/g, 'foreign exchange'],
  [/\boci\b/g, 'other comprehensive income'],
  // Scale shorthand: "in RMB mn", "US$1.2bn".
  [/\b(?:mn|mln)\b/g, 'million'],
  [/\bbn\b/g, 'billion'],
  [/\bqtrs?\b/g, 'quarter'],
  // "q-o-q", "y.o.y.", "q on q", "y/y": the change bases as analysts punctuate them (read as "qoq", "yoy"; a "y/y?" alone
  // after a line is then its change, as "yoy?" is, not two unknown letters).
  [/\b([qy])(?:[-.]\s?o[-.]\s?|\s?-?on-?\s?|\s?\/\s?)\1\b\.?/g, '$1o$1'],
  // "this q", "last q": a bare "q" after a pointer is the quarter ("q1" is a word of its own).
  [/\b(this|last|prior|previous|next|same|that|current|latest) q\b(?!['\w])/g, '$1 quarter'],
  [/\bavg\b\.?/g, 'average'],
  // "no of shares", "no. of stores": the number of (no other "no" is followed by "of").
  [/\bno\.?\s+of\b/g, 'number of'],
  [/\bmgmt\b\.?/g, 'management'],
  // "the rest of the year" is the remainder of it (time to come, recognisers/periods.ts); "rest" alone is a word cut
  // short ("rest level op profit": restaurant-level), never a cue the spelling corrector must keep.
  [/\brest(?= of (?:the|this)\b)/g, 'remainder'],
  // A release's notes define its lines: "what is service income, per the footnote" asks what the note says, not the
  // figure; "total debt as defined in note 4", "the note-4 total debt" asks the figure of the line the note defines.
  [/\bas\s+defined\s+(?:in|by|per|under)\s+(?:the\s+)?(?:foot)?notes?(?:[\s-]*\(?\d+\)?)?|\b(?:foot)?note-\d+\b/g, ' '],
  [/,?\s*\b(?:as\s+)?(?:per|according to|in|from)\s+the\s+(?:foot)?notes?\b/g, ' definition '],
  [/\bdefn\b\.?/g, 'definition'],
  // Analysts' shorthand: "pct chg", "how many pts", "EPADS" (earnings per ADS).
  [/\bpcts?\b\.?/g, 'percent'],
  [/\b(?:pts|ppts?)\b\.?/g, 'percentage points'],
  [/\bhow long (?:was|is|were|are)\b/g, 'what was'],
  [/\bdivs?\b\.?(?!\s*by\b)/g, 'dividend'], // a dividend cut short ("div by" divides)
  // Asia-Pacific as analysts shorten it, "APAC", "Asia/Pac", "Asia Pac" (a label printing "APAC" is read the same way).
  [/\bapac\b|\basia\s*[/-]?\s*pac\b/g, 'asia-pacific'],
  [/\btech\b/g, 'technology'],
  [/\bsvcs?\b\.?/g, 'services'],
  [/\bexps?\b\.?/g, 'expenses'],
  [/\bvol\b\.?/g, 'volume'],
  [/\bchg\b\.?/g, 'change'],
  // "why the seq decline": the sequential (quarter-over-quarter) change cut short.
  [/\bseq\b\.?/g, 'sequential'],
  [/\bamt\b\.?/g, 'amount'],
  [/\bcontrib\b\.?/g, 'contribution'],
  [/\bwtd\b\.?/g, 'weighted'],
  [/\bcum\b\.?/g, 'cumulative'],
  [/\bw\/(?=\s|$)/g, 'with'],
  [/\bliabs?\b\.?/g, 'liabilities'],
  [/\bequivs?\b\.?/g, 'equivalents'],
  [/\bintangibles\b/g, 'intangible assets'],
  // "gap between A and B": their difference ("the gap" alone may be GAAP mistyped, so only before its sides).
  [/\bgap(?=\s+(?:between|from|to|vs\.?|versus)\b)/g, 'difference'],
  // Spelled letters, as dictation gives them: "a d s", "e p s" (a run of three or four single letters, no
  // more: a longer run is no acronym, and joining it would make every random run a new word to cache).
  [/(?<!\b[a-z] )\b([a-z]) ([a-z]) ([a-z])(?: ([a-z]))?\b(?! [a-z]\b)/g, '$1$2$3$4'],
  ...SECTOR_SHORTHAND,
  // One spelling for "pre-tax", "pre tax": its "pre" alone would be a name's word ("pre-provision income" is the asker's own name).
  [/\bpre[\s-]tax\b/g, 'pretax'],
  [/\b(stock|share)[\s-]based comp\b(?!\w)/g, '$1-based compensation'],
  [/\bo\/s\b/g, 'outstanding'],
  [/\bcf\b/g, 'cash flow'],
  [/\byrs?\b/g, 'year'],
  [/\b(?:pull|bring|look) up\b/g, 'show'],
  [/\bbal\b\.?/g, 'balance'],
  [/\bdq\b/g, 'delinquency'],
  [/\bprev\b/g, 'previous'],
  [/\b(?:earnings|conference|investor) call\b/g, 'conference call'],
  // "how much did A add to B", "A adds to B": A's contribution to B, not their sum. An "add" whose subject is no
  // line is the verb of a sum ("add to net income the D&A", "could you add to X the Y": never net income alone).
  [/(?<=\b(?:did|does|do|will|would|could|can|might)\s+(?:[\w&'-]+\s+){1,8})(?<!\b(?:you|we|i)\s+)add\s+to\b|\badd(?:s|ed)\s+to\b/g, 'contribute to'],
  // (A Canadian issuer's buyback is its normal course issuer bid, "NCIB": the same plan by its own name.)
  [/\bbuy[\s-]?backs?\b|\bbought back\b|(?<!\bshares? )\brepurchas(?:e[ds]?|ing)\b|\bncibs?\b|\b(?:normal course )?issuer bids?\b/g, 'share repurchase'],
];
