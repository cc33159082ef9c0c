// The metric catalog: what people type, mapped to the release's own lines. Entries bind by a pattern
// on the release's labels (not by figure or line), so next quarter's release binds the same way; an
// entry whose pattern matches nothing in the loaded releases is simply inert.
import { STATEMENT_FAMILIES } from './statement-families.js';
import { TAX_MEASURES } from './naming/tax-measures.js';
import { PROPERTY_REVENUE } from '../knowledge/formulas.js';


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
  // A property owner's top line ("Revenue from investment properties", "Rental revenue") is its "revenue", where no line
  // of the release is a revenue total of its own.
  { match: PROPERTY_REVENUE, names: ['revenue', 'revenues', 'total revenue', 'net revenue', 'top line'], unless: /^(?:total |net |consolidated |group )*(?:operating )?(?:revenues?|sales)$/i },
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
  { match: /^(?:net )?cash (?:(?:provided|generated|used|by|in|for|from|\(|\)|\/)\s*)+operating act(?:ivities|\.)$/i, names: ['operating cash flow', 'cash from operations', 'cash flow from operations', 'net cash from operating activities', 'cash generated from operations'] },
  { match: /^(?:net )?cash (?:(?:provided|generated|used|by|in|for|from|\(|\)|\/)\s*)+investing act(?:ivities|\.)$/i, names: ['investing cash flow', 'cash used in investing', 'net cash used in investing', 'cash flow from investing', 'net cash from investing activities', 'investing outflow', 'investing cash outflow'] },
  { match: /^(?:net )?cash (?:(?:provided|generated|used|by|in|for|from|\(|\)|\/)\s*)+financing act(?:ivities|\.)$/i, names: ['financing cash flow', 'cash from financing', 'cash flow from financing', 'net cash from financing activities', 'financing inflow', 'financing cash inflow'] },
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
  { match: /^(?:annuali[sz]ed )?return on (?:average )?(?:common )?(?:shareholders['’]? )?equity\b/i, names: ['roe', 'return on equity'] },
  { match: /^return on (?:average )?tangible common equity\b/i, names: ['rotce', 'return on tangible common equity'] },
  { match: /^tangible book value per (?:common )?share\b/i, names: ['tbvps', 'tbv per share', 'tangible book value', 'tbv'] },
  { match: /^total loans(?:,? net)?$|^loans(?:,? net)?$/i, names: ['loans', 'loan book', 'total loans'] },
  { match: /^total deposits$/i, names: ['deposits', 'total deposits'] },
  // A head count, whatever a release calls its people ("associates", "team members"), dated or with its unit
  // ("Employees at 31 March (number)").
  { match: /^(?:employees|associates|headcount|staff|team members|full-time employees|ftes?)(?:\s+(?:at|as at|as of)\s+[^()]+?)?(?:\s*\((?:number|no\.?|#|count)\))?$/i, names: ['headcount', 'head count', 'employees', 'number of employees', 'staff', 'workforce'] },
  // Industry shorthand, bound only where a release prints the line: airlines', insurers', subscription software's.
  { match: /^(?:passengers|passengers? (?:carried|flown|boarded))(?:\s*\([^)]*\))?$/i, names: ['pax', 'passengers', 'number of passengers'] },
  { match: /^revenue passenger (?:miles|kilomet(?:er|re)s)\b/i, names: ['rpm', 'rpms', 'rpk', 'rpks', 'traffic'] },
  { match: /^available seat (?:miles|kilomet(?:er|re)s)\b/i, names: ['asm', 'asms', 'capacity'] },
  { match: /^(?:passenger )?load factor\b/i, names: ['lf', 'load factor'] },
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
