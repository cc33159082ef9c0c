// The head of the synthetic Osprey Finance release the implied-tax tests build on: its title, its quarter and a
// narrative line giving the prior quarter's pretax and net income (whose tax the release does not print).
export const OSPREY_HEAD = [
  '# Synthetic Osprey Finance Announces Second Quarter 2026 Unaudited Financial Results',
  '',
  'Synthetic Osprey Finance today announced its unaudited financial results for the second quarter ended June 30, 2026.',
  '',
  '- Income before income tax expense was RMB900.0 million in the first quarter of 2026, and net income was RMB720.0 million in the first quarter of 2026.',
  '',
];
