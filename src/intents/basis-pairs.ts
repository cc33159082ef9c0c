// Two bases of one line said once ("GAAP and adjusted diluted EPS", "gaap & non-gaap net income for q2"): each
// basis with the line, as a list of two ("gaap diluted eps and non-gaap diluted eps"), so each is answered or
// named. Read whole, "GAAP" named no line, and the non-GAAP line alone was answered, the GAAP part dropped.
// (Runs after "adj"/"adjusted" became "non-gaap": catalog.ts.)
const BASIS = '(?:gaap|non-gaap|reported|statutory|underlying|core)';
/** The line's name: up to a period, a comma, a question mark or the question's end (five words at most). */
const NAME = String.raw`((?:[a-z&][\w&'-]*)(?:\s+(?!for\b|in\b|at\b|of\b|vs\b|and\b|q[1-4]\b|fy)[a-z&][\w&'-]*){0,4})`;
export const BASIS_PAIRS: [RegExp, string][] = [[new RegExp(String.raw`\b(${BASIS})\s+(?:and|&)\s+(${BASIS})\s+${NAME}`, 'g'), '$1 $3 and $2 $3']];
