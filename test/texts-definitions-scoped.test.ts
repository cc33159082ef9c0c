// A quoted term whose definition states its scope before the verb ('"Net revenue retention", for any quarter,
// means ...', '"Active merchants" at a period end refers to ...') defines the quoted term: asked "what is X",
// the answer gives that definition with the figure, never the bare figure. The lines' labels are longer than the
// terms, as a footnote's line often is: the term is read from the quotes, never from the line. Synthetic, inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const LINES = [
  '# Synthetic Software Reports Second Quarter 2025 Results',
  '',
  'Synthetic Software today reported results for the second quarter ended June 30, 2025.',
  '',
  '- Total revenue was $84.2 million, up 11.0% year over year.',
  '- Net revenue retention of subscription customers across our platform<sup>1</sup> for the second quarter of 2025 was 112%.',
  '- Active merchants on our payments platform<sup>2</sup> were 41,200 as of June 30, 2025.',
  '',
  '1 "Net revenue retention", for any quarter, means the recurring revenue in that quarter from customers who were customers a year earlier, divided by their recurring revenue a year earlier.',
  '',
  '2 "Active merchants" at a period end refers to merchants that processed at least one payment in the twelve months before that date.',
];

describe('a quoted term defined with its scope before the verb', () => {
  it('is read as the term the quotes hold', () => {
    const defined = inlineRelease(LINES).texts.filter((t) => t.kind === 'definition').map((t) => t.subject);
    expect(defined).toEqual(expect.arrayContaining(['Net revenue retention', 'Active merchants']));
  });

  it('asked "what is X", answers with the definition and the figure', () => {
    const engine = inlineEngine(LINES);
    const a = engine.ask("what's net revenue retention?", 'scoped-1');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('customers who were customers a year earlier');
    expect(a.text).toContain('112%');
    const b = engine.ask('what are "active merchants"', 'scoped-2');
    expect(b.status).toBe('answer');
    expect(b.text).toContain('processed at least one payment');
  });

  it('a quoted name stated with a figure in its scope is no definition', () => {
    const release = inlineRelease([...LINES.slice(0, 5), '', '"Platform revenue" in the quarter was $30.1 million, which represents 36% of total revenue.']);
    expect(release.texts.some((t) => t.kind === 'definition' && t.subject === 'Platform revenue')).toBe(false);
  });
});
