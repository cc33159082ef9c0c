// Abbreviations told from words by their capitals, rewritten before a question is lowercased (text.ts).
/**
 * Rewrites read before a question is lowercased, where capitals tell an abbreviation from a word: "US" (or "U.S.", "USA")
 * is the United States, "us" a pronoun. Lowercased first, "US revenue" read as "revenue" and answered the total, and
 * "and US as a share of total rev?" the thread's part. Never the currency or the accounting basis ("US$", "US dollars",
 * "US GAAP"), nor a name the abbreviation begins ("US Foods").
 */
export const CASED_ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\w$.])(?:[Uu]\.[Ss]\.(?:[Aa]\.)?|USA|US)(?![\w$&-])(?!\s*(?:\$|(?:[Dd]ollars?|DOLLARS?|[Cc]ents?|[Gg]aap|GAAP|[Tt]reasur\w*)\b)|\s+[A-Z][a-z])/g, 'united states'],
];
