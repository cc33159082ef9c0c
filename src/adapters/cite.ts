// Where a cited figure stands, as every adapter prints it: the line, and for a table figure the column
// that holds it (a row's quote prints several periods and currencies side by side).
import type { Citation } from '../intents/answer.js';

/** "line 277, Three months ended March 31, 2024, RMB in thousands", or "line 12" for a sentence. */
export const citedPlace = (c: Citation, line = `line ${c.line}`): string => (c.column ? `${line}, ${c.column}` : line);
