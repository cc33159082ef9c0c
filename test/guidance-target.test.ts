// A target is guidance: "its FY27 operating expense target of A$2.72–2.75 billion" had been read as no line at all
// (the noun "target" was taken for the forward verb, and the name before it cut away), and "opex target?" was
// answered with the actual operating expenses. Synthetic releases.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const release = (sentence: string) => [
  '# Synthetic Orbis Widgets Inc. Reports Fourth Quarter Fiscal 2026 Results',
  '',
  'Synthetic Orbis Widgets Inc. today reported results for the fourth quarter of fiscal 2026, ended June 30, 2026.',
  '',
  '| (in millions) | Q4 FY26 | Q4 FY25 |',
  '|---|---|---|',
  '| Revenue | $310.2 | $280.1 |',
  '| Operating expenses | $120.4 | $110.3 |',
  '',
  '## Outlook',
  '',
  sentence,
];
// (The guided line's name as read, singular or plural: either answers the table's line.)
const guided = (lines: string[]) =>
  inlineRelease(lines)
    .facts.filter((f) => f.role === 'low' || f.role === 'high')
    .map((f) => `${f.metric.replace(/s$/, '')} ${f.role} ${f.value.toString()}`);

describe('a target named by the line before it', () => {
  it.each([
    ['The company reaffirms its fiscal 2027 operating expense target of $2.72-2.75 billion.'],
    ['The company reaffirms its FY27 operating expense target of $2.72 billion to $2.75 billion.'],
    ['For fiscal 2027, the company targets operating expenses of $2.72 billion to $2.75 billion.'],
  ])('%s', (sentence) => {
    expect(guided(release(sentence))).toEqual(['operating_expense low 2.72', 'operating_expense high 2.75']);
  });
  it('"opex target?" gives the guided range, never the actual', () => {
    const text = inlineEngine(release('The company reaffirms its fiscal 2027 operating expense target of $2.72-2.75 billion.')).ask('opex target?', 't').text;
    expect(text).toMatch(/\$2\.72 billion and \$2\.75 billion/);
    expect(text).not.toMatch(/120\.4/);
  });
});
