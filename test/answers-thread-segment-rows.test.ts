// A table by segment whose columns are the figures ("Café sales Q2 F26", "Operating income Q2 F26") and whose rows
// are the segments, under a "Total" row: in a thread about one segment, a line named without a segment is that
// segment's line (its row), never the whole company's or the "Total" row's; a segment without the line declines.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

const LINES = [
  '# Harbour Loaf Bakeries Reports Second Quarter Fiscal 2026 Results (invented issuer, for testing)',
  '',
  '**HALIFAX, Aug. 4, 2026** -- Harbour Loaf Bakeries Inc. today reported results for the 13-week second quarter of fiscal 2026 ended June 28, 2026. All amounts are in Canadian dollars.',
  '',
  '## Condensed Consolidated Statements of Income',
  '',
  '(in millions of Canadian dollars; unaudited)',
  '',
  '| | Q2 Fiscal 2026 | Q2 Fiscal 2025 |',
  '|---|---:|---:|',
  '| Café sales | 200.0 | 180.0 |',
  '| Licensing royalties and fees | 30.0 | 25.0 |',
  '| **Total revenue** | **230.0** | **205.0** |',
  '| **Operating income** | **25.0** | **20.0** |',
  '| **Net income** | **15.0** | **12.0** |',
  '',
  '## Segment Results',
  '',
  '(in millions of Canadian dollars; unaudited)',
  '',
  '| Segment | Café sales Q2 F26 | Café sales Q2 F25 | Licensing revenue Q2 F26 | Licensing revenue Q2 F25 | Operating income Q2 F26 | Operating income Q2 F25 |',
  '|---|---:|---:|---:|---:|---:|---:|',
  '| Dockside Cafés | 120.0 | 110.0 | 10.0 | 9.0 | 18.0 | 15.0 |',
  '| Hilltop Bakeries | 80.0 | 70.0 | 20.0 | 16.0 | 12.0 | 10.0 |',
  '| Corporate | — | — | — | — | (5.0) | (5.0) |',
  '| **Total** | **200.0** | **180.0** | **30.0** | **25.0** | **25.0** | **20.0** |',
];

let bot: Engine;
beforeAll(() => {
  bot = inlineEngine(LINES, 'harbour-q2f26.md');
});
let n = 0;
const thread = (...qs: string[]) => {
  const id = `rows-${n++}`;
  return qs.map((q) => bot.ask(q, id));
};

describe('a thread about a segment of a table by segment', () => {
  it('a share asked of a line named without a segment is of the segment’s line', () => {
    const [, a] = thread('hilltop bakeries operating income q2?', 'and as % of café sales?');
    expect(a!.text).toContain('15.0%');
    expect(a!.text).not.toContain('6.0%');
  });

  it('two lines added up are the segment’s, never the group’s nor the "Total" row’s', () => {
    const [, a] = thread('hilltop bakeries operating income q2?', 'and café sales plus licensing revenue?');
    expect(a!.text).toContain('C$100.0 million');
    expect(a!.text).not.toMatch(/Total|230\.0|C\$110\.0 million/);
  });

  it('a line the segment does not have declines, naming the segment', () => {
    const [, a] = thread('dockside cafés operating income q2?', 'and licensing royalties and fees?');
    expect(a!.status).toBe('unknown');
    expect(a!.text).toContain('This thread is about Dockside Cafés');
  });
});
