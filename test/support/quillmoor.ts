// A small dollar release with an outlook section, for the guidance tests: a quarter's revenue, then the outlook lines given.
export const quillmoor = (...outlook: string[]): string[] => [
  '# Synthetic Quillmoor Holdings Reports Third Quarter 2026 Results',
  '',
  'Synthetic Quillmoor Holdings today reported results for the third quarter ended September 30, 2026.',
  '',
  'Revenue was $318.4 million, up 6% from $300.4 million a year ago.',
  '',
  '## Outlook',
  '',
  ...outlook,
];
