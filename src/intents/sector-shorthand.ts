// Sector shorthand, rewritten before matching as the catalog's abbreviations are: insurers' premiums written,
// retailers' comparable and identical store sales and gross margin, subscriptions, the effective tax rate.
export const SECTOR_SHORTHAND: [RegExp, string][] = [
  [/\bgpw\b/g, 'gross premiums written'],
  [/\bnpw\b/g, 'net premiums written'],
  [/\bcomps\b/g, 'comparable sales'],
  // Grocers' identical store sales: "IDs", "ID sales" (a release printing no such line declines naming them).
  [/\bids\b|\bid(?:s|\s+store)?\s+sales\b/g, 'identical store sales'],
  [/\bcat(?=\s+loss(?:es)?\b)/g, 'catastrophe'],
  [/\bgm\b(?=\s*%|\s+(?:pct|percent))/g, 'gross margin'],
  [/\bsub(?=\s+(?:rev|revenue)\b)/g, 'subscription'],
  [/\betr\b/g, 'effective tax rate'],
];
