// The issuer, from the document: its name where it gives its ticker ("Oracle Corporation (NYSE: ORCL)")
// or names itself in the title ("Apple reports first quarter results"), its short names, ticker and
// exchange, and the currency its tables report in.
import { z } from 'zod/v3';

export const IssuerSchema = z.object({
  name: z.string(),
  /** Names it goes by: "Oracle", "Oracle Corporation". */
  names: z.array(z.string()),
  ticker: z.string().optional(),
  exchange: z.string().optional(),
  /** The currency most of its figures are in (ISO-style code). */
  currency: z.string(),
});
export type Issuer = z.infer<typeof IssuerSchema>;

const TICKER = /([A-Z][\w&.,'’ -]{1,60}?)\s*\((?:[^()]{0,40}?)\b(NYSE American|NYSE|NASDAQ|Nasdaq(?: Global Select Market)?|HKEX|TSX|LSE|Euronext(?: [A-Z][a-z]+)?|Xetra|XETRA|SIX|TSE|ASX|NSE|BSE|SGX|JSE)\s*[:;]\s*"?([A-Z][A-Z.]{0,6})"?/;
/** A ticker in parentheses with no exchange, right after a legal name: "360 Finance, Inc. (QFIN)". */
const BARE_TICKER = /([A-Z0-9][\w&.,'’ -]{1,60}?,?\s+(?:Inc|Ltd|Limited|Corp|Corporation|Holdings|Group|plc)\.?)\s*\(\s*([A-Z]{2,6})\s*\)/;
const TITLED = /^(.+?)\s+(?:Announces|Reports|Releases|Posts|Declares)\b/i;
const SUFFIX = /,?\s+(?:Co\.,\s+Ltd\.|Inc\.?|Incorporated|Corporation|Corp\.?|Co\.?|Company|Ltd\.?|Limited|plc|Plc|PLC|N\.V\.|S\.A\.|S\.p\.A\.|AG|SE|AB(?:\s+\(publ\))?|ASA|A\/S|Oyj|GmbH|Holdings?)$/;

/** A name with its legal form, where no ticker or title gives one: "Company name: Tsukimori Precision Co., Ltd.", "SAHYADRI INDUSTRIES LIMITED". */
// Words may be joined by "&" ("Penrose & Vale plc"); Nordic and other European forms count ("Valdemar Industri AB (publ)").
const LEGAL = [
  /(?<![\p{L}\p{N}])((?:\p{Lu}\p{Ll}[\p{L}\p{N}_&'’-]*\s+(?:&\s+)?){1,4}?(?:Co\.,\s+Ltd\.|Inc\.|Ltd\.|Limited|Corporation|plc|PLC|N\.V\.|S\.A\.|S\.p\.A\.|AG|SE|AB(?:\s+\(publ\))?|ASA|A\/S|Oyj|GmbH))(?![\p{L}\p{N}_])/u,
  // In capitals the Nordic and European forms count too ("NORDHAVN TELECOM AB (publ)"), as they do in title case.
  // (Letters of any script in either case, since \b and [A-Z] would cut "CERRADO LOGÍSTICA S.A." to "STICA S.A." and "Equinócio Energia S.A." to "Energia S.A.".)
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Lu}&'’-]+\s+(?:&\s+)?){1,4}?(?:CO\.,\s+LTD\.|INC\.|LTD\.|LIMITED|CORPORATION|PLC|N\.V\.|S\.A\.|S\.P\.A\.|AG|SE|AB(?:\s+\((?:publ|PUBL)\))?|ASA|A\/S|OYJ|GMBH))(?![\p{L}\p{N}_])/u,
];
/** Legal forms written in capitals in any name, and those written otherwise ("Oyj", "GmbH", "(publ)"). */
const FORM_CASE: Record<string, string> = { oyj: 'Oyj', gmbh: 'GmbH', '(publ)': '(publ)', 's.p.a.': 'S.p.A.' };
const CAPITALS_FORM = /^(?:n\.v\.|s\.a\.|ag|se|ab|asa|a\/s)$/;
/** A name in title case with its legal form, else one in capitals ("SAHYADRI INDUSTRIES LIMITED" → "Sahyadri Industries Limited", "NORDHAVN TELECOM AB (publ)" → "Nordhavn Telecom AB (publ)"). */
function legalName(text: string): string | undefined {
  const titled = LEGAL[0]!.exec(text)?.[1];
  if (titled) return titled;
  const caps = LEGAL[1]!.exec(text)?.[1];
  return caps
    ?.toLowerCase()
    .split(' ')
    .map((w) => FORM_CASE[w] ?? (CAPITALS_FORM.test(w) ? w.toUpperCase() : w.replace(/(?<![\p{L}\p{N}'’])\p{Ll}/gu, (c) => c.toUpperCase())))
    .join(' ');
}
/** Words too common to be a company's name alone ("First", "United"). */
const COMMON = /^(?:first|united|american|general|national|china|international|global|new|bank|royal|group|the)$/i;

/** A fiscal period's name: "FY2026", "1H FY2026", "fiscal 2026", a year. */
const PERIOD_NAME = /\b(?:FY|fiscal)\s?'?\d{2,4}\b|\b(?:19|20)\d{2}\b/i;

/** The short names the issuer goes by: its defined term ('("Pembridge" or "the Group")'), its name's first word. */
function aliases(text: string, short: string): string[] {
  // (A period the release so defines, '("FY2026")', is no name of the issuer, though a title names it.)
  const out = [...text.matchAll(/\(\s*(?:the\s+)?["“](\p{Lu}[\p{L}\p{N}_&'’ -]{1,40}?)["”]/gu)].map((m) => m[1]!).filter((a) => short.toLowerCase().includes(a.toLowerCase()) && !PERIOD_NAME.test(a));
  const [first, second] = short.split(/\s+/);
  // Analysts shorten a name to its first word ("Kestrel" for Kestrel Antriebstechnik SE).
  if (first && second && first.length >= 4 && /^\p{Lu}\p{Ll}/u.test(first) && !COMMON.test(first)) out.push(first);
  return out;
}

/** The company a title names ("Qifu Technology Announces ..."), lower-cased, or null. */
export function issuerOf(title: string): string | null {
  return TITLED.exec(title.trim())?.[1]!.toLowerCase() ?? null;
}

export function readIssuer(title: string, text: string, currency: string): Issuer {
  const flat = text.replace(/\s+/g, ' ');
  const exchanged = TICKER.exec(flat);
  const bare = exchanged ? null : BARE_TICKER.exec(flat);
  const listed = exchanged ?? (bare ? [bare[0], bare[1], undefined, bare[2]] : null);
  const fromTitle = TITLED.exec(title.trim())?.[1]?.trim();
  // A title in capitals names the company less well than its text does ("HALDEN MARINE CO., LTD." / "Halden Marine Co., Ltd.").
  const titled = fromTitle && /[a-z]/.test(fromTitle) ? fromTitle : undefined;
  let name = listed?.[1]?.trim().replace(/^(?:the|today|and)\s+/i, '') ?? titled ?? legalName(flat.slice(0, 3000)) ?? fromTitle ?? title;
  // "KEARNEY, NE -- (BUSINESS WIRE) -- The Buckle, Inc." keeps the last sentence part before the ticker.
  name = name.split(/\s+-{1,2}\s+|\s+—\s+/).pop()!.trim();
  const short = name.replace(SUFFIX, '').replace(/^The\s+/, '').trim();
  const names = [...new Set([name, short, ...(fromTitle ? [fromTitle] : []), ...aliases(flat, short)].filter((n) => n && n.length <= 80))];
  return { name, names, ...(listed?.[2] ? { exchange: listed[2] } : {}), ...(listed ? { ticker: listed[3]! } : {}), currency };
}
