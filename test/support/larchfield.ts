// A small dollar release's quarter, for the event tests (next results, the call): its figures, no event yet.
export const LARCHFIELD_Q3 = [
  'Larchfield Tools today reported results for the third quarter ended September 30, 2026.',
  '',
  '(in millions of US dollars)',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Net sales | 455.0 | 410.0 |',
  '| Net income | 41.2 | 37.9 |',
  '',
];
