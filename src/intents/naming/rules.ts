// The names people say for a line, derived from its label (and its parent line and the release's own
// definitions) by named rules: any issuer's labels, no issuer's words. Each rule is pinned by positive
// and negative examples in test/corpus/naming.jsonl. A rule sees one form of the label and produces
// other forms; the first form a rule produces is the one an analyst says (used in answers), the others
// are only heard (used to recognise questions).
import { literal } from '../../knowledge/literal.js';
import { SIGN_SOURCE } from '../../knowledge/currencies.js';
import { SHORT_FORM_RULES } from './short-forms.js';

export interface NamingContext {
  /** The label of the line it adds up into, if any. */
  parent?: string;
  /** The measure its table reports its lines by, where the title says so ("REVENUE BY GEOGRAPHY": "REVENUE"). */
  measure?: string;
  /** Abbreviations the release defines: long form → short form ("Intelligence Credit Engine" → "ICE"). */
  defined: Map<string, string>;
  /** Whether a short form is taken: a word in its own right ("nor", "cos") or the general lexicon's for another line ("NIM"). */
  taken?: (short: string) => boolean;
}

export interface NamingRule {
  name: string;
  pattern: RegExp;
  produce: (m: RegExpExecArray, ctx: NamingContext) => string[];
  /** The form it fires on is a ratio's wording, not a name: later rules leave it alone. */
  final?: boolean;
}

/** A whole that is revenue or sales: its parts are that revenue ("Mac" of "Total net sales"). */
const REVENUE_WHOLE = /\b(?:revenues?|net sales|sales and revenues)\b/i;

/** A phrase's tails, longest first, never one that starts on a joining word ("and servicing fees"). */
export function tails(phrase: string): string[] {
  const words = phrase.split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' ')).filter((t) => !/^(?:and|or|of|the|for|to|from)\b/i.test(t));
}

/** "Y" modifying "X": "Y X" and Y before each shorter tail of X ("capital-light volume"). */
function modified(modifier: string, head: string): string[] {
  return tails(head).map((t) => `${modifier} ${t}`);
}

const ISSUER_SUFFIX = String.raw`(?:inc|ltd|limited|corp|corporation|plc|group|holdings?|co)\.?`;

export const NAMING_RULES: NamingRule[] = [
  {
    // "Net income per ADS attributable to ordinary shareholders of <issuer>, Inc. Diluted" → "Net income
    // per ADS Diluted": a per-share figure is always the shareholders'; another line keeps "attributable
    // to shareholders" (it is not the whole net income), without the issuer every figure is of.
    name: 'attributable-to-issuer',
    pattern: new RegExp(String.raw`^(.+?)\s+attribut(?:able|ed) to (?:the )?(?:ordinary )?(?:share|stock)holders of (?:the company\b|[^,]*?(?:(?:,\s*|\s+)${ISSUER_SUFFIX}(?=[\s,]|$))+)[\s,]*(.*)$`, 'i'),
    produce: (m) => [(/\bper\b/i.test(m[1]!) ? `${m[1]} ${m[2]}` : `${m[1]} attributable to shareholders ${m[2]}`).trim()],
  },
  {
    // "Net income per ADS Diluted", "... -diluted" → "diluted net income per ADS".
    name: 'basis-first',
    // A label for both bases ("basic and diluted") names one figure: it keeps its words.
    pattern: /^(.+?)[\s,]*-?\s*\b(?<!\b(?:basic|diluted)\s*(?:and|&|\/)\s*)(basic|diluted)$/i,
    produce: (m) => [`${m[2]!.toLowerCase()} ${m[1]!.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`],
  },
  {
    // "Earnings per share, SEK", "Net sales, EUR m" → "Earnings per share", "Net sales": the currency a
    // label prints after a comma says how the figure is stated (every answer says it), never which line.
    name: 'currency-after-comma',
    pattern: new RegExp(String.raw`^(.+?),\s*(?:in\s+)?${SIGN_SOURCE}\s*(?:m|mn|bn|k|million|billion|thousands?)?\s*$`),
    produce: (m) => [m[1]!],
  },
  {
    // "Adjusted diluted EPS" → "adjusted EPS": an analyst's EPS is the diluted one (the catalog says so of
    // the GAAP line); the qualifier stays, so "adj EPS" is never the GAAP figure.
    name: 'adjusted-diluted-eps',
    pattern: /^((?:non-gaap|adjusted|core|underlying)\s+)diluted\s+((?:eps|earnings per share|net income per share|earnings per ads|net income per ads)\b.*)$/i,
    produce: (m) => [`${m[1]}${m[2]}`],
  },
  {
    // "Non-GAAP earnings per share", "Adjusted profit per share" → "non-GAAP EPS", "adjusted EPS": EPS is
    // what analysts call any line of earnings per share, whatever qualifies it. An insurer's "Operating income per
    // diluted share" is its "operating EPS" ("income" alone is the earnings only after a basis word: never "Interest income").
    name: 'eps',
    pattern: /^(.*?)\b(?:earnings|net income|profit|(?<=\b(?:operating|core|underlying|adjusted|non-gaap)\s+)income)(?:\s*\/?\s*\(loss\))? per (diluted |basic )?(?:common )?share\b(.*)$/i,
    produce: (m) => [`${m[1]}EPS${m[3]}`, ...(m[2] ? [`${m[1]}${m[2]}EPS${m[3]}`] : [])],
  },
  {
    // "Net debt, excluding lease liabilities" → "net debt ex leases", "net debt excl lease liabilities": the exclusion is
    // said short, and what is left out, liabilities of a kind, by the kind ("leases", "pensions").
    name: 'exclusion-said-short',
    pattern: /^(.+?),?\s+(?:excluding|excl\.?|ex)\s+(.+)$/i,
    produce: (m) => {
      const kinds = new Set([m[2]!, m[2]!.replace(/\b([a-z]+?)s? liabilities\b/i, '$1s')]);
      return [...kinds].flatMap((k) => ['excluding', 'ex', 'excl'].map((w) => `${m[1]} ${w} ${k}`));
    },
  },
  {
    // "Revenue, net of VAT" → "revenue": what it is net of qualifies, it does not name.
    name: 'net-of',
    pattern: /^(.+?),?\s+net of\s+.+$/i,
    produce: (m) => [m[1]!],
  },
  {
    // "Loan volume under capital-light model, <more> as a share of the total" → "capital-light share of
    // loan volume": the part's own words before "share of" the whole.
    name: 'share-of-total',
    pattern: /^(.+?) under (?:the )?(.+?) model\b,?\s*(.*?) as a (?:share|percentage|proportion) of (?:the )?total$/i,
    produce: (m) => [...tails(m[1]!).map((t) => `${m[2]} share of ${t}`), `share of ${m[2]} ${m[1]}`],
    final: true,
  },
  {
    // "Loan volume under capital-light model, ICE and other solutions" → "capital-light loan volume",
    // "capital-light volume", and with the rest of the model's words.
    name: 'under-model',
    pattern: /^(?!.* as a (?:share|percentage|proportion) of)(.+?) under (?:the )?(.+?) model\b,?\s*(.*)$/i,
    produce: (m) => [...modified(m[2]!, m[1]!), ...(m[3] ? [`${m[2]} ${m[3]} ${m[1]}`] : [])],
  },
  {
    // "Loan facilitation volume through ICE" → "ICE loan facilitation volume", "ICE volume";
    // "outstanding loan balance for ICE" → "ICE loan balance". Not "through our platform".
    name: 'through-or-for',
    pattern: /^(?!provision\b)(.+?) (?:through|via|for) (?!(?:our|the|a|an|its|their|both|each|all)\b)([\w“”"'-]+(?: [\w“”"'-]+){0,3})$/i,
    produce: (m) => modified(m[2]!, m[1]!),
  },
  {
    // "Loan facilitation and servicing fees-capital light" → "capital light loan facilitation and
    // servicing fees", "capital light fees". A current/non-current twin is another rule's.
    name: 'dash-qualifier',
    pattern: /^((?:\S+\s+){2,}(?!(?:non|third|long|short|self|pre|post|co|sub)-)[a-z]{4,})\s*-\s*(?!(?:(?:non-?)?current|basic|diluted)$)([a-z]+(?: [a-z]+)?)$/i,
    produce: (m) => modified(m[2]!, m[1]!),
  },
  {
    // "Adjusted profit before tax", "Underlying profit before taxation" → "adjusted pretax profit" (the
    // question's "pre-tax" is read as "pretax", catalog.ts): the qualifier stays, so it is never the
    // statutory line, and the "tax" of the name never the tax line's.
    name: 'before-tax',
    pattern: /^(.*?)(profits?|income|earnings|loss) before (?:income )?tax(?:es|ation)?(?: expense)?$/i,
    produce: (m) => [`${m[1]}pretax ${m[2]}`],
  },
  {
    // "Research & development", "Selling, general & administrative": the label with "and", so every later
    // rule (initials: R&D, SG&A; an expense row's kind) reads it as it reads a label that spells it out.
    name: 'ampersand',
    pattern: /^(.*\S)\s+&\s+(\S.*)$/,
    produce: (m) => [`${m[1]} and ${m[2]}`],
  },
  {
    // "Net revenue from Credit Driven Services" → "credit driven services revenue".
    name: 'revenue-from',
    pattern: /^(?:net |total )?revenues? from (.+)$/i,
    produce: (m) => [`${m[1]} revenue`],
  },
  {
    // A line of a revenue or net sales group is that revenue: "Referral services fees" → "referral fees",
    // "referral revenue", "referral services revenue"; "Platform services" → "platform revenue"; a
    // product or region under net sales ("Mac", "Americas") → "Mac revenue", "Mac sales", "Mac net sales".
    name: 'revenue-line',
    pattern: /^(?!.*\b(?:revenues?|income|total|other)\b)(.+?)(?: (services?))?(?: (fees?|commissions?))?$/i,
    produce: (m, ctx) => {
      // (Where the line it adds up into names no measure, "Total", or none does, a table of revenue by a dimension
      // says the same: "REVENUE BY INDUSTRY VERTICAL".)
      const whole = [ctx.parent, ctx.measure].find((w) => w && REVENUE_WHOLE.test(w));
      if (!whole || /\b(?:cost|costs|expenses?|deferred|unearned)\b/i.test(whole)) return [];
      const base = m[1]!;
      const sales = /\bsales\b/i.test(whole) ? [`${m[0]} sales`, `${m[0]} net sales`] : [];
      if (!m[2] && !m[3]) return [`${base} revenue`, ...sales];
      return [...(m[2] && m[3] ? [`${base} ${m[3]}`] : []), `${base} revenue`, ...(m[2] ? [`${base} ${m[2]} revenue`] : []), ...sales];
    },
  },
  {
    // "Number of customers" → "customer count": a count is said by its noun and "count" too.
    name: 'number-of',
    pattern: /^(?:total\s+)?number of ((?:[a-z]+\s+)?[a-z]+?)(s?)$/i,
    produce: (m) => [`${m[1]}${/s$/i.test(m[1]!) ? m[2] : ''} count`],
  },
  {
    // "Interim ordinary dividend", "final cash dividend" → "interim dividend", "final dividend": the class of
    // share or the form of payment between a dividend's timing word and "dividend" is left unsaid; "special"
    // or "preference" says which dividend, and stays.
    name: 'dividend-kind-unsaid',
    pattern: /^(interim|final|quarterly|annual|year-end)\s+(?:ordinary|cash|common)\s+(dividends?(?:\s+per\s+(?:ordinary\s+)?share)?)$/i,
    produce: (m) => [`${m[1]} ${m[2]}`],
  },
  {
    // "Interim dividend", "Special dividend per share" → "dividend", "dividend per share": which payment of the year
    // it is may go unsaid where the release prints one (two such lines are asked apart); a kind asked that the line
    // is not ("final" of an interim one) is declined by refiners/other-measure-asked.ts.
    name: 'dividend-which-unsaid',
    pattern: /^(?:interim|final|special)\s+(dividends?\b.*)$/i,
    produce: (m) => [m[1]!],
  },
  {
    // "Preferred stock dividends" → "preferred dividends": the security a class of shareholders holds goes unsaid.
    name: 'dividend-security-unsaid',
    pattern: /^(preferred|preference|common|ordinary)\s+(?:stock|shares?)\s+(dividends?\b.*)$/i,
    produce: (m) => [`${m[1]} ${m[2]}`],
  },
  {
    // "Debt-to-capital ratio" → "debt to capital ratio": a ratio's two sides hyphenated are asked apart ("debt to capital").
    name: 'hyphenated-ratio',
    pattern: /^(.*?\b)([a-z]+)-to-([a-z]+)\b(.*)$/i,
    produce: (m) => [`${m[1]}${m[2]} to ${m[3]}${m[4]}`],
  },
  {
    // "Comparable store net sales" → "comparable store sales": "net" only says which sales, and is left
    // unsaid. Not a bare total ("Total net revenue" and "Total revenue" may be two lines of one release).
    name: 'net-unsaid',
    pattern: /^(?!(?:total|net)\s)(.+?)\s+net\s+(sales|revenues?)$/i,
    produce: (m) => [`${m[1]} ${m[2]}`],
  },
  {
    // "Ratio of net debt to adjusted EBITDA" → "net debt to adjusted EBITDA", "net debt to EBITDA": a ratio
    // stated by its two sides is asked by them; its second side's basis word is left unsaid (two such ratios
    // of one release are asked apart).
    name: 'ratio-of',
    pattern: /^(?:the\s+)?ratio of\s+(.+?)\s+to\s+(.+)$/i,
    produce: (m) => [...new Set([`${m[1]} to ${m[2]}`, `${m[1]} to ${m[2]!.replace(/^(?:adjusted|non-gaap)\s+/i, '')}`])],
  },
  {
    // "Ratio of equity attributable to owners of the parent to total assets" → "equity ratio": a balance's ratio to
    // total assets goes by its numerator alone, its holder unsaid (the equity ratio, the debt ratio).
    name: 'ratio-to-assets',
    pattern: /^(?:(?:the\s+)?ratio of\s+)?(?:total\s+)?(.+?)(?:\s+attribut(?:able|ed) to\s+.+?)?\s+to\s+total assets(?:\s+ratio)?$/i,
    produce: (m) => [`${m[1]} ratio`],
  },
  {
    // "Allowance for credit losses to total loans" → "... to loans": the whole a ratio divides by is said without
    // "total" ("ACL to loans", "NPLs to loans"); an "average" whole is another ratio, and keeps its word.
    name: 'whole-unsaid',
    pattern: /^(.+?\s+to)\s+total\s+(\S+(?:\s+\S+)?)$/i,
    produce: (m) => [`${m[1]} ${m[2]}`],
  },
  {
    // "Total loan origination" → "loan origination": "total" says only that it is the whole, which a
    // line without parts is anyway (a line of its own by that name keeps it: names.ts).
    name: 'total-unsaid',
    pattern: /^total\s+(\S+(?:\s+\S+)+)$/i,
    produce: (m) => [m[1]!],
  },
  {
    // "Loan origination volume" → "origination volume", "Loan disbursement amount" → "disbursement
    // amount": an activity's volume needs no word for what the activity is of (two lines of one activity both heard so are asked apart).
    name: 'object-unsaid',
    pattern: /^(?:total\s+)?[a-z]+\s+([a-z]+(?:ion|ment|ance|ence)\s+(?:volume|amount)s?)$/i,
    produce: (m) => [m[1]!],
  },
  {
    // "Delinquency rate for all outstanding loans 91-180 days past due" → "91-180 day delinquency rate":
    // the bucket said before the rate, as analysts do, whatever the rate is of.
    name: 'past-due-bucket',
    pattern: /^(.+?)\s+(?:(?:for|of|on)\s+(?:all\s+)?(?:[\w-]+\s+){0,3}?)?(\d+(?:\s*(?:-|–|to)\s*\d+|\+)?)\s+(?:calendar\s+)?days?\s+past\s+due$/i,
    produce: (m) => [`${m[2]} day ${m[1]}`, `${m[2]} days past due ${m[1]}`],
  },
  {
    // An abbreviation the release defines ("Intelligence Credit Engine (“ICE”)") names what its long form
    // names, and the other way round.
    name: 'defined-abbreviation',
    pattern: /^(.+)$/,
    produce: (m, ctx) => {
      const out: string[] = [];
      for (const [long, short] of ctx.defined) {
        const l = new RegExp(`\\b${literal(long)}\\b`, 'i');
        const s = new RegExp(`(?<![\\w-])["“]?${literal(short)}["”]?(?![\\w-])`);
        if (l.test(m[1]!)) out.push(m[1]!.replace(l, short));
        else if (s.test(m[1]!)) out.push(m[1]!.replace(s, long));
      }
      return out;
    },
  },
  // Short forms read from the label (naming/short-forms.ts).
  ...SHORT_FORM_RULES,
];
