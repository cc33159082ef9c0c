// The head of the synthetic Ridgeway Tools release that the buyback tests build on: its title, opening and the
// first rows of its markdown table (dollars in millions). A synthetic issuer, made-up figures.
export const RIDGEWAY_HEAD = [
  '# Synthetic Ridgeway Tools Inc. Reports Third Quarter 2026 Results',
  '',
  'Synthetic Ridgeway Tools Inc. today reported results for the third quarter ended September 30, 2026.',
  '',
  '(Dollars in millions)', '', '| | Q3 2026 | Q3 2025 |',
  '|---|---:|---:|',
  '| Net sales | 512.3 | 498.1 |',
];
