// How the release's outlook is shown (handlers/outlook-said.ts): under a line that says it is the release's own
// words, at most eight sentences (a long outlook section is not pasted whole), never a definition that stands under
// the outlook's heading. Synthetic release written here.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const products = ['containers', 'reefers', 'tankers', 'barges', 'ferries', 'tugs', 'dredgers', 'cranes', 'trucks', 'railcars'];
const release = () => [
  '# Synthetic Brightwater Logistics Inc. Reports Third Quarter 2026 Results',
  '',
  'Synthetic Brightwater Logistics Inc. today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (in millions) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Revenue | 402.0 | 371.5 |',
  '',
  '## Outlook',
  '',
  ...products.map((p, k) => `For the fourth quarter of 2026, Brightwater expects ${p} revenue of $${10 + k} million.`),
];

describe("the release's outlook, quoted", () => {
  it('opens by saying these are the release\'s words, and quotes no more than eight sentences', () => {
    const a = inlineEngine(release()).ask('what did management say about the outlook?', 'o');
    expect(a.status).toBe('answer');
    expect(a.text.split('\n')[0]).toBe("The release's outlook, in its words:");
    expect(a.text).toContain('expects containers revenue of $10 million');
    expect(a.text).toContain('expects cranes revenue of $17 million');
    expect(a.text).not.toContain('trucks');
    expect(a.text).not.toContain('railcars');
  });

  it('quotes no definition that stands under the outlook heading, only the outlook itself', () => {
    const lines = [...release().slice(0, 10), 'For the fourth quarter of 2026, Brightwater expects revenue of $410 million.', 'Organic growth is defined as revenue growth excluding acquisitions, and assumes constant currency rates.'];
    const a = inlineEngine(lines).ask('what did management say about the outlook?', 'o');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('expects revenue of $410 million');
    expect(a.text).not.toContain('Organic growth is defined as');
  });
});
