// Two bases of one line said once ("GAAP and adjusted diluted EPS", "gaap & non-gaap net income for q2"): each
// basis with the line, as a list of two ("gaap diluted eps and non-gaap diluted eps"), so each is answered or
// named. Read whole, "GAAP" named no line, and the non-GAAP line alone was answered, the GAAP part dropped.
// A question's rewrite only, after normalise() (where "adj"/"adjusted" became "non-gaap"): labels are normalised
// too, and "Weighted average basic ADS used in calculating GAAP and Non-GAAP net income per ADS" names one line.
const BASIS = '(?:gaap|non-gaap|reported|statutory|underlying|core)';
/** The line's name: up to a period, a comma, a question mark or the question's end (five words at most). */
const NAME = String.raw`((?:[a-z&][\w&'-]*)(?:\s+(?!for\b|in\b|at\b|of\b|vs\b|and\b|q[1-4]\b|fy)[a-z&][\w&'-]*){0,4})`;
const BASIS_PAIR = new RegExp(String.raw`\b(${BASIS})\s+(?:and|&)\s+(${BASIS})\s+${NAME}`, 'g');
/** The normalised question with each basis of a pair said with the line ("gaap diluted eps and non-gaap diluted eps"). */
export const basisPairs = (normalised: string): string => normalised.replace(BASIS_PAIR, '$1 $3 and $2 $3');
