// A small dollar release of a freight company with a costs table, for the exclusion tests: its rows given.
export const freight = (...rows: string[]): string[] => [
  '# Synthetic Freight Reports Third Quarter 2026 Results',
  '',
  'Synthetic Freight today reported results for the third quarter ended September 30, 2026.',
  '',
  '| ($ in thousands) | Q3 2025 | Q3 2026 |',
  '|---|---|---|',
  ...rows,
];
