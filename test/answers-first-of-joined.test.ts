// A line joining two things ("Feed and bedding", "Freight and handling revenue") asked by its first thing
// alone ("feed cost", "freight revenue"): the bot named the line as the closest and still declined. Where
// that line is the only one naming the thing, it is the line asked; where another line names it too, the
// question stays unmatched. Synthetic release.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const release = (extra: string[] = []) => [
  '# Synthetic Harrowfield Stables plc Reports Third Quarter 2026 Results',
  '',
  'Synthetic Harrowfield Stables plc today reported results for the third quarter ended September 30, 2026.',
  '',
  '## Income statement',
  '',
  '(in millions of US dollars)',
  '',
  '| | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Boarding revenue | 210.4 | 198.2 |',
  '| Freight and handling revenue | 44.7 | 41.9 |',
  '| Total revenue | 255.1 | 240.1 |',
  '| Feed and bedding | 61.3 | 57.8 |',
  '| Staff costs | 88.0 | 84.1 |',
  ...extra,
  '| Total operating expenses | 149.3 | 141.9 |',
  '| Operating profit | 105.8 | 98.2 |',
];

describe('the first thing of a joined label', () => {
  it('answers with the one line that names it', () => {
    const e = inlineEngine(release());
    const feed = e.ask('feed cost in the quarter?', 'f');
    expect(feed.status).toBe('answer');
    expect(feed.text).toContain('61.3');
    const freight = e.ask('freight revenue in Q3 2026?', 'r');
    expect(freight.status).toBe('answer');
    expect(freight.text).toContain('44.7');
  });

  it('stays unmatched where another line names the thing too', () => {
    const a = inlineEngine(release(['| Feed transport | 0.0 | 0.0 |'])).ask('feed cost in the quarter?', 'f');
    expect(a.status).not.toBe('answer');
  });
});
