import type { Answer, Engine } from '../../src/intents/answer.js';

// A small dollar release of a lender, first quarter of 2026 beside a year earlier, for the thread and ranking tests: its rows given (and any lines after the table).
export const larkspur = (...rows: string[]): string[] => [
  '# Larkspur Credit Reports First Quarter 2026 Results',
  '',
  'Larkspur Credit today reported results for the first quarter ended March 31, 2026.',
  '',
  '| (US$ in thousands) | Q1 2025 | Q1 2026 |',
  '|---|---|---|',
  ...rows,
];

/** Questions asked as one thread each call (a new conversation each time) of the engine `of` gives once its hook has built it. */
export const threads = (of: () => Engine, prefix: string) => {
  let n = 0;
  return (...qs: string[]): Answer[] => {
    const id = `${prefix}-${n++}`;
    return qs.map((q) => of().ask(q, id));
  };
};
