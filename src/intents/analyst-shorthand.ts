// Analysts' shorthand for periods, statements and lines (data), rewritten before matching as the catalog's
// abbreviations are. Each form is rewritten only where its neighbours say which word it is; elsewhere it
// stays as typed, and the coverage rule declines it, naming it (test/corpus/shorthand.jsonl pins both).
export const ANALYST_SHORTHAND: [RegExp, string][] = [
  // "LY": last year, the year-ago period ("q1 LY", "vs LY", "same qtr LY"); no word of a release is "ly".
  [/\bly\b/g, 'last year'],
  // "u/l", "u-l": underlying, an Australian analyst's basis beside its statutory twin ("u/l NPAT vs pcp"); read
  // otherwise, the slash left "u" and "l" as stray letters and the statutory line was answered.
  [/\bu\s*[\/-]\s*l\b\.?/g, 'underlying'],
  // "b4": before, as texted ("incm b4 tax"); dropped, "income tax" had named the tax line itself.
  [/\bb4\b/g, 'before'],
  // "midpt", "mid-pt": the midpoint of a range; unread, the range was given with no midpoint.
  [/\bmid[\s-]?pt\b/g, 'midpoint'],
  // "P&L": the income statement where a figure is printed ("in the P&L", read as a place just below);
  // a bare one is the profit or loss itself ("minority interest share of P&L").
  [/\b(?:the\s+)?p\s*&\s*l(?=\s+(?:statements?|items?|lines?)\b)|\bthe\s+p\s*&\s*l\b/g, 'the income statement'],
  [/\bp\s*&\s*l\b/g, 'net income'],
  // "BS": the balance sheet only beside a pointer to one ("on the BS", "latest BS", "BS date"); a bare "BS" stays.
  [/\b(?:the|on|per|from)\s+bs\b/g, 'the balance sheet'],
  // After a period written short ("1q24 BS", "mar24 BS", "q1 BS"), the balance sheet at that date.
  [/(?<=\b(?:[1-4]q\s*'?\d{2,4}|q[1-4](?:\s*'?\d{2,4})?|f?ye\s*'?\d{2,4}|[a-z]{3}[-'’]?\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\s+)bs\b/g, 'on the balance sheet'],
  [/\b(latest|last|this|current|prior|previous|quarter-end|year-end)\s+bs\b|\bbs\b(?=\s+(?:date|items?|lines?|totals?)\b)/g, '$1 balance sheet'],
  // "OP": operating profit. Never a part of "op ex" (operating expenses) or "op inc"; the short form before a
  // line's other word ("op margin", "op costs") is the catalog's "op" rule; "op CF" is operating cash flow; alone it is the line itself.
  [/\bop[\s.-]*ex\b/g, 'operating expenses'],
  [/\bop(?:erating)?\.?\s*cf\b/g, 'operating cash flow'],
  [/\bop\b(?=\s*(?:$|[?,;:!)]|(?:q[1-4]|[1-4]q|[12]h|h[12]|fy|(?:19|20)\d{2}|forecast|fcst|guide|guidance|outlook|target|growth|grew|grow|vs\.?|versus|yoy|qoq|this|last|for|in|was|is|were|and|up|down|change|chg|progress)\b))/g, 'operating profit'],
  // "DPS": dividend per share; "FFO/sh", "per sh": per share; "NAV/unit": per unit (one unit, never "/ units outstanding").
  [/\bdps\b/g, 'dividend per share'],
  [/\s*(?:\/|\bper\s+)sh(?:r|s)?\b\.?/g, ' per share'],
  [/\s*\/\s*unit\b(?!\s*(?:s|count|outstanding)\b)/g, ' per unit'],
  // A physical unit after a slash, as miners and producers write them: "EBITDA/t", "AISC/oz", "opex/boe".
  [/\s*\/\s*(?:t|tonnes?|mt)\b(?!\s*\d)/g, ' per tonne'],
  [/\s*\/\s*(?:oz|ounces?)\b/g, ' per ounce'],
  [/\s*\/\s*bbl\b/g, ' per barrel'],
  [/\s*\/\s*boe\b/g, ' per boe'],
  // What is attributable "to ordinary sh", "to common holders": the shareholders (after "to", never "ordinary sh outstanding").
  [/(?<=\bto\s+(?:the\s+)?(?:(?:ordinary|common|preferred)\s+)?)(?:sh(?:r|s)?|s\/h|holders)\b\.?(?!\s*(?:outstanding|count)\b)/g, 'shareholders'],
  // "fac": facilitation beside its neighbours in a lender's release ("fac, orig & servicing", "loan fac",
  // "cap light fac"); elsewhere it may be a credit facility, and stays.
  [/(?<=\b(?:loan|light|heavy)\s+)fac\b\.?|\bfac\b\.?(?=\s*(?:,|&|\/|and\b|\+)?\s*(?:orig|serv))/g, 'facilitation'],
  // "cu": copper, beside what a miner reports of it ("cu prod", "cu guide", "realised cu price").
  [/(?<=\b(?:realised|realized|payable|contained)\s+)cu\b|\bcu\b(?=\s+(?:prod|production|produced|output|sold|sales|price|guide|guidance|grade|recovery|equivalent|eq|cathode|concentrate)\b)/g, 'copper'],
  // "adj" after what an accounting adjustment is of ("fx translation adj", "fair value adj"): the adjustment, never
  // the non-GAAP basis the catalog reads a bare "adj" as.
  [/(?<=\b(?:translation|fair\s+value|reclassification|revaluation|remeasurement)\s+)adj\b\.?/g, 'adjustment'],
  // "registered user base", "customer base": the users or customers themselves (never "based" corrected from it).
  [/\b(users?|customers?|subscribers?|members?|clients?|borrowers?|consumers?)\s+base\b/g, '$1'],
  // "OS": outstanding, before what is outstanding ("total OS loan balance", "capital-light OS balance", "OS shares");
  // elsewhere it stays, and is declined by name.
  [/\bos\b(?=\s+(?:loans?|balances?|principal|shares?|debt|borrowings?|receivables?|amount)\b)/g, 'outstanding'],
  // "Stock" as what a buyback verb buys ("how much stock did they buy back", "stock have they repurchased"): the shares,
  // which the release's buyback lines name (never "stock price", "stock options", "stock-based"; "stock repurchases"
  // stays, a name's words: "Repurchases of common stock").
  [/\b(?:common\s+)?stock\b(?!\s*-|\s+(?:price|options?|awards?|comp|compensation|units?|splits?)\b)(?=(?:\s+[\w'’-]+){0,3}\s+(?:buy(?:ing)?\s+back|bought\s+back|repurchas(?:e|ed|ing)\b))/g, 'shares'],
  // "ttl": total, as "tot" is (no word of a release is "ttl").
  [/\bttl\b\.?/g, 'total'],
  // "FY26 guide": the guidance for that year ("guide" as a noun after a year or a line).
  [/\b(fy\s*'?\d{2,4})\s+guide\b/g, '$1 guidance'],
];

/**
 * Shorthand left as typed where no neighbour said which word it is, with what it may mean: the bot asks which,
 * naming the word, with each reading as a choice ("cu q1": copper or customers?), never guessing one.
 */
export const AMBIGUOUS_SHORTHAND: { word: string; said: string; means: string[] }[] = [
  { word: 'bs', said: 'BS', means: ['the balance sheet'] },
  { word: 'op', said: 'OP', means: ['operating profit', 'operating expenses'] },
  { word: 'fac', said: 'fac', means: ['facilitation', 'facility'] },
  { word: 'cu', said: 'cu', means: ['copper', 'customers'] },
];
