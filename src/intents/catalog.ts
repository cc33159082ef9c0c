// The metric catalog: what people type, mapped to the release's own lines. Entries bind by a pattern
// on the release's labels (not by figure or line), so next quarter's release binds the same way; an
// entry whose pattern matches nothing in the loaded releases is simply inert.
import { DICTATED, PERIOD_WORDS } from './dictation.js';
import { CFO_AS_FIGURE } from './officers.js';
import { SECTOR_SHORTHAND } from './sector-shorthand.js';
import { ANALYST_SHORTHAND } from './analyst-shorthand.js';
import { STATEMENT_FAMILIES } from './statement-families.js';
import { TAX_MEASURES } from './naming/tax-measures.js';

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
  [/\btot\b\.?/g, 'total'],
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
  // (Speech-to-text hears "non-GAAP" as "non gap"; "gap" alone is a difference.)
  [/\bnon\s*gaap\b|\bnongaap\b|\bnon[\s-]?gap\b/g, 'non-gaap'],
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
  // "q-o-q", "y.o.y.", "q on q": the change bases as analysts punctuate them (read as "qoq", "yoy").
  [/\b([qy])(?:[-.]\s?o[-.]\s?|\s?-?on-?\s?)\1\b\.?/g, '$1o$1'],
  // "this q", "last q": a bare "q" after a pointer is the quarter ("q1" is a word of its own).
  [/\b(this|last|prior|previous|next|same|that|current|latest) q\b(?!['\w])/g, '$1 quarter'],
  [/\bavg\b\.?/g, 'average'],
  // "no of shares", "no. of stores": the number of (no other "no" is followed by "of").
  [/\bno\.?\s+of\b/g, 'number of'],
  [/\bmgmt\b\.?/g, 'management'],
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
  [/\bbuy[\s-]?backs?\b|\bbought back\b|(?<!\bshares? )\brepurchas(?:e[ds]?|ing)\b/g, 'share repurchase'],
];

export interface CatalogEntry {
  /** Matches the release's label (or metric id) of the line this entry names. */
  match: RegExp;
  /** What people call it. */
  names: string[];
  /** Bound only where no line of the release matches this: the release has its own line of that word. */
  unless?: RegExp;
}

/** The entries that bind in a release of these labels. */
export const catalogFor = (labels: string[]): CatalogEntry[] => CATALOG.filter((e) => !e.unless || !labels.some((l) => e.unless!.test(l)));

export const CATALOG: CatalogEntry[] = [
  { match: /^total net revenue$/i, names: ['revenue', 'net revenue', 'total revenue', 'sales', 'turnover', 'revenues', 'revenue lines', 'revenue line'] },
  // US issuers' top line and per-share lines, as their statements label them (any issuer, no figures).
  { match: /^(?:total )?net sales$|^total (?:operating )?revenues?$|^net operating revenues?$|^(?:total |consolidated )?sales and revenues$|^sales, net of returns and allowances$/i, names: ['revenue', 'revenues', 'net revenue', 'total revenue', 'sales', 'net sales', 'total net sales', 'top line'] },
  // A top line printed as a bare "Revenue": "sales" too (never "total revenue", which a "Total revenues" beside it
  // is), where no line of the release says "sales" but the expense "Sales and marketing" ("like-for-like sales incl. fuel" beside a Revenue excluding fuel).
  { match: /^revenues?$/i, names: ['sales', 'net sales', 'top line'], unless: /\bsales\b(?!\s*(?:and|&)\s*marketing\b)/i },
  { match: /^(?:earnings|net earnings|net income|profit)(?:\/?\s*\(loss\))? per (?:common )?share\b.*\bdiluted\b|^diluted (?:earnings|net earnings|net income|profit) per (?:common )?share$|^(?:earnings|profit)_per_(?:common_)?share_diluted$/i, names: ['diluted eps', 'eps', 'diluted earnings per share', 'earnings per share', 'diluted net income per share', 'eps diluted'] },
  { match: /^(?:earnings|net earnings|net income|profit)(?:\/?\s*\(loss\))? per (?:common )?share\b.*\bbasic\b|^basic (?:earnings|net earnings|net income|profit) per (?:common )?share$|^(?:earnings|profit)_per_(?:common_)?share_basic$/i, names: ['basic eps', 'basic earnings per share', 'basic net income per share', 'eps basic'] },
  // A loss-making issuer's per-share line is what "EPS" asks of it (answered under its own label, as a loss).
  { match: /^(?:basic and diluted )?net loss per (?:common )?share(?:,? basic and diluted)?$/i, names: ['eps', 'earnings per share', 'loss per share', 'basic eps', 'diluted eps', 'basic earnings per share', 'diluted earnings per share'] },
  { match: /^financing income$/i, names: ['financing income', 'interest income from loans'] },
  { match: /^funding costs$/i, names: ['funding cost', 'cost of funding', 'funding expenses'] },
  { match: /^sales and marketing$/i, names: ['sales and marketing expenses', 'marketing expenses', 'marketing spend', 'sales & marketing'] },
  { match: /^general and administrative$/i, names: ['general and administrative expenses', 'admin expenses', 'administrative expenses'] },
  { match: /^total operating costs and expenses$/i, names: ['operating costs', 'operating expenses', 'total costs', 'total expenses', 'costs and expenses', 'total operating costs', 'cost lines', 'cost line', 'expense lines', 'expense line'] },
  { match: /^net loss attributable to noncontrolling interests$/i, names: ['net income attributable to noncontrolling interests', 'minority interest in net income'] },
  { match: /^total operating (?:costs and )?(?:expenses|costs)$/i, names: ['operating expenses', 'operating costs', 'total operating expenses', 'total operating costs'] },
  { match: /^total comprehensive income$/i, names: ['comprehensive income'] },
  { match: /^non-gaap income from operations$/i, names: ['non-gaap operating income', 'non-gaap operating profit', 'non-gaap income from operations'] },
  // The pre-tax profit and the tax charge, by any issuer's wording (naming/tax-measures.ts).
  ...TAX_MEASURES.filter((m) => m.bound).map((m) => ({ match: m.means, names: m.asked })),
  ...STATEMENT_FAMILIES,
  { match: /^non-gaap net income$/i, names: ['non-gaap net income', 'non-gaap net profit', 'non-gaap earnings', 'adjusted net income', 'adjusted earnings'] },
  { match: /^net income attributable to ordinary shareholders of the company$/i, names: ['net income attributable to the company', 'net income attributed to the company', 'net income attributable to shareholders', 'net income to shareholders'] },
  { match: /^net income per ads .*diluted$/i, names: ['diluted net income per ads', 'net income per diluted ads', 'diluted eps', 'earnings per ads', 'eps per ads', 'diluted earnings per ads', 'net income per ads', 'eps', 'diluted eps per ads'] },
  { match: /^net income per ads .*basic$/i, names: ['basic net income per ads', 'basic eps', 'basic earnings per ads'] },
  { match: /^net income per ordinary share .*diluted$/i, names: ['diluted net income per share', 'diluted eps per share', 'diluted eps per ordinary share', 'diluted earnings per share', 'net income per share', 'eps per share', 'eps per ordinary share'] },
  { match: /^net income per ordinary share .*basic$/i, names: ['basic net income per share', 'basic earnings per share', 'basic eps per share', 'basic eps per ordinary share'] },
  { match: /^non-gaap net income per ads .*diluted$/i, names: ['non-gaap diluted net income per ads', 'non-gaap eps', 'non-gaap net income per ads', 'non-gaap diluted eps', 'non-gaap earnings per ads'] },
  { match: /^gaap operating margin$/i, names: ['operating margin', 'op margin', 'operating profit margin', 'gaap operating margin', 'ebit margin'] },
  { match: /^non-gaap operating margin$/i, names: ['non-gaap operating margin', 'non-gaap op margin'] },
  { match: /^gaap net income margin$/i, names: ['net income margin', 'net margin', 'net profit margin', 'gaap net margin', 'profit margin'] },
  { match: /^non-gaap net income margin$/i, names: ['non-gaap net margin', 'non-gaap net income margin', 'non-gaap net profit margin'] },
  { match: /^share-based compensation expenses$/i, names: ['share-based compensation', 'stock-based compensation', 'stock compensation', 'share based comp', 'stock based comp', 'stock comp', 'share comp'] },
  { match: /^(?:net )?cash (?:(?:provided|generated|used|by|in|for|from|\(|\)|\/)\s*)+operating activities$/i, names: ['operating cash flow', 'cash from operations', 'cash flow from operations', 'net cash from operating activities', 'cash generated from operations'] },
  { match: /^(?:net )?cash (?:(?:provided|generated|used|by|in|for|from|\(|\)|\/)\s*)+investing activities$/i, names: ['investing cash flow', 'cash used in investing', 'net cash used in investing', 'cash flow from investing', 'net cash from investing activities', 'investing outflow', 'investing cash outflow'] },
  { match: /^(?:net )?cash (?:(?:provided|generated|used|by|in|for|from|\(|\)|\/)\s*)+financing activities$/i, names: ['financing cash flow', 'cash from financing', 'cash flow from financing', 'net cash from financing activities', 'financing inflow', 'financing cash inflow'] },
  { match: /^net \(decrease\) increase in cash/i, names: ['net change in cash', 'net increase in cash', 'net decrease in cash', 'change in cash', 'net (decrease) increase in cash'] },
  { match: /^cash and cash equivalents$/i, names: ['cash and cash equivalents', 'cash balance', 'cash'] },
  { match: /^cash, cash equivalents,? and restricted cash, end of period$/i, names: ['cash including restricted cash', 'cash and cash equivalents including restricted cash', 'cash, cash equivalents and restricted cash'] },
  { match: /^loans receivable, net$/i, names: ['net loans receivable', 'loans receivable', 'loan book', 'current loans receivable'] },
  { match: /^total assets$/i, names: ['total assets', 'assets'] },
  { match: /^total liabilities$/i, names: ['total liabilities', 'liabilities'] },
  { match: /^total (?:equity|net assets)$/i, names: ['total equity', 'equity', 'net assets'] },
  // "Total <issuer> equity": the shareholders' part of total equity.
  { match: /^total (?!liabilities\b)(?!.*\band\b)\S.* equity$/i, names: ["shareholders' equity", 'shareholders equity', "total shareholders' equity", 'equity attributable to shareholders', 'company equity'] },
  { match: /^total current assets$/i, names: ['current assets'] },
  { match: /^total current liabilities$/i, names: ['current liabilities'] },
  { match: /^total outstanding loan balance$/i, names: ['outstanding loan balance', 'loan balance', 'outstanding balance', 'total outstanding balance', 'loan book outstanding', 'outstanding loans', 'total outstanding loan balance'] },
  { match: /^90 day\+ delinquency rate/i, names: ['90 day+ delinquency rate', '90 day delinquency', 'm3+'] },
  { match: /share repurchase plan aggregate value$/i, names: ['share repurchase plan size', 'share repurchase plan', 'size of the share repurchase plan', 'share repurchase authorization', 'share repurchase program'] },
  { match: /share repurchase plan adss$/i, names: ['adss share repurchase', 'adss bought', 'adss purchased', 'number of adss share repurchase', 'share repurchase adss'] },
  { match: /share repurchase plan total amount$/i, names: ['amount spent on share repurchase', 'spent on share repurchase', 'share repurchase spending'] },
  { match: /share repurchase plan average price$/i, names: ['average share repurchase price', 'average price paid', 'average price'] },
  { match: /exchange rate$/i, names: ['exchange rate', 'conversion rate', 'translation rate', 'fx rate'] },
  { match: /^weighted average basic ads/i, names: ['basic ads count', 'weighted average basic ads'] },
  { match: /^weighted_average_shares_used.*_diluted$/, names: ['diluted share count', 'diluted shares', 'diluted weighted average shares', 'weighted average diluted shares', 'weighted average diluted shares outstanding', 'diluted shares outstanding'] },
  { match: /^weighted_average_shares_used.*_basic$/, names: ['basic share count', 'basic shares', 'basic weighted average shares', 'weighted average basic shares', 'weighted average basic shares outstanding', 'basic shares outstanding'] },
  { match: /^weighted average ads .*diluted$/i, names: ['diluted ads count', 'weighted average diluted ads'] },
  // Banks' terms, as analysts shorten them (general finance vocabulary: bound only where a release prints the line).
  { match: /^net interest margin\b/i, names: ['nim', 'net interest margin'] },
  { match: /^net interest income\b/i, names: ['nii', 'net interest income'] },
  // Insurers' NII: where a release has both, "NII" names two lines and the bot asks which.
  { match: /^net investment income$/i, names: ['nii', 'net investment income'] },
  { match: /^non-?performing loans (?:to|as a (?:%|percent(?:age)?) of) (?:total )?(?:gross )?loans\b|^non-?performing loans? ratio\b|^npl ratio\b/i, names: ['npl ratio', 'nonperforming loan ratio', 'non-performing loan ratio', 'npl'] },
  { match: /^non-?performing loans$/i, names: ['npls', 'npl balance', 'nonperforming loans'] },
  { match: /^common equity tier 1\b.*\bratio\b/i, names: ['cet1', 'cet1 ratio', 'cet 1', 'cet1 capital ratio'] },
  { match: /^net charge-offs\b/i, names: ['ncos', 'nco', 'net charge offs', 'charge-offs'] },
  // Their ratio to loans, as a bank prints it beside the amount ("Net charge-offs to average loans (annualized)").
  { match: /^net charge-offs (?:to|as a (?:%|percent(?:age)?) of) (?:average |total )*loans\b/i, names: ['nco ratio', 'nco rate', 'net charge-off ratio', 'net charge-off rate'] },
  // The rate of them, as a card lender prints it: "NCO" there is the rate (where both are printed, the bot asks which).
  { match: /^net charge-off (?:rate|ratio)\b/i, names: ['nco rate', 'nco ratio', 'nco', 'ncos', 'net charge off rate'] },
  { match: /^pre-provision net revenue\b/i, names: ['ppnr', 'pre-provision net revenue'] },
  { match: /^return on (?:average )?assets\b/i, names: ['roa', 'return on assets'] },
  { match: /^return on (?:average )?(?:common )?(?:shareholders['’]? )?equity\b/i, names: ['roe', 'return on equity'] },
  { match: /^return on (?:average )?tangible common equity\b/i, names: ['rotce', 'return on tangible common equity'] },
  { match: /^tangible book value per (?:common )?share\b/i, names: ['tbvps', 'tbv per share', 'tangible book value', 'tbv'] },
  { match: /^total loans(?:,? net)?$|^loans(?:,? net)?$/i, names: ['loans', 'loan book', 'total loans'] },
  { match: /^total deposits$/i, names: ['deposits', 'total deposits'] },
  // A head count, whatever a release calls its people ("associates", "team members").
  { match: /^(?:employees|associates|headcount|staff|team members|full-time employees|ftes?)$/i, names: ['headcount', 'head count', 'employees', 'number of employees', 'staff', 'workforce'] },
  // Industry shorthand, bound only where a release prints the line: airlines', insurers', subscription software's.
  { match: /^(?:passengers|passengers? (?:carried|flown|boarded))(?:\s*\([^)]*\))?$/i, names: ['pax', 'passengers', 'number of passengers'] },
  { match: /^revenue passenger (?:miles|kilomet(?:er|re)s)\b/i, names: ['rpm', 'rpms', 'rpk', 'rpks', 'traffic'] },
  { match: /^available seat (?:miles|kilomet(?:er|re)s)\b/i, names: ['asm', 'asms', 'capacity'] },
  { match: /^(?:total )?revenue per available seat mile\b/i, names: ['rasm', 'trasm'] },
  { match: /^passenger revenue per available seat mile\b/i, names: ['prasm'] },
  { match: /^(?:operating )?cost per available seat mile\b/i, names: ['casm'] },
  { match: /^gross (?:written premiums|premiums written)\b/i, names: ['gwp', 'gross written premiums', 'gross premiums written'] },
  { match: /^net (?:written premiums|premiums written)\b/i, names: ['nwp', 'net written premiums', 'net premiums written'] },
  { match: /^net (?:earned premiums|premiums earned)\b/i, names: ['nep', 'net earned premiums', 'net premiums earned', 'earned premiums'] },
  { match: /^remaining performance obligations\b/i, names: ['rpo', 'rpos'] },
  { match: /^current (?:remaining performance obligations|rpo)\b/i, names: ['crpo', 'current rpo'] },
  { match: /^annual(?:ized)? recurring revenue\b/i, names: ['arr'] },
  { match: /^(?:dollar-based )?net (?:revenue |dollar )?retention(?: rate)?\b/i, names: ['nrr', 'ndr', 'net retention', 'net revenue retention', 'net dollar retention'] },
];

/** Ratios people ask for by name, computed from two metrics (see knowledge/formulas.ts). */
export const FORMULA_NAMES: Record<string, string[]> = {
  gross_margin: ['gross margin', 'gross profit margin', 'gm', 'gross margin rate'],
  operating_margin: ['operating margin', 'operating profit margin', 'ebit margin'],
  net_income_margin: ['net margin', 'net income margin', 'net profit margin', 'profit margin'],
  pre_tax_margin: ['pretax margin', 'pretax profit margin', 'ebt margin', 'profit before tax margin', 'income before tax margin'],
  effective_tax_rate: ['effective tax rate', 'effective income tax rate', 'tax rate', 'etr'],
  ebitda_margin: ['ebitda margin'],
  adjusted_ebitda_margin: ['adjusted ebitda margin', 'non-gaap ebitda margin'],
  free_cash_flow_margin: ['free cash flow margin', 'fcf margin'],
  contribution_margin: ['contribution margin'],
  current_ratio: ['current ratio'],
};

/** The quarter's headline figures, for the summary card, in order (then the issuer's own, from its aliases file). */
export const HEADLINES: RegExp[] = [
  /^total net revenue$/i,
  /^income from operations$/i,
  /^net income$/i,
  /^non-gaap net income$/i,
  /^gaap operating margin$/i,
  /^net income per ads .*diluted$/i,
];

/** Example questions: help text, autocomplete, and the examples tests run. */
export const EXAMPLES: string[] = [
  'What was total net revenue in Q1 2024?',
  'Net income YoY',
  'S&M as % of revenue',
  'Operating margin change in percentage points YoY',
  'Effective tax rate',
  'Break down total operating costs and expenses',
  'What is the net income guidance for Q2 2024?',
  'Why did funding costs decrease?',
  'What did the CEO say?',
  'Summary of the quarter',
];

// ---- words about names, which the engine weighs when it accounts for a question's words ----

/** Words for a kind of figure: one left over means the name matched is not the figure asked for. */
export const MEASURES = new Set(['margin', 'volum', 'price', 'yield']);
/** Name words that say nothing about which line: "total S&M", "revenue in the release". */
export const NEUTRAL = new Set(['total', 'net', 'amount', 'number', 'valu', 'figur', 'line', 'item', 'releas', 'report', 'spend', 'spent', 'model', 'balanc']);
