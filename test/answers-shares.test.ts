// Shares of a whole as a user reads them: the part and the whole the release's hierarchy says, whichever
// order the question names them in; a share the release cannot give is declined, naming both lines; a
// share with no whole named asks for one, with an example from the release's own lines; a line with a line
// above it is a share of that line, computed, even where the prose states a share of the total; a line with
// none is the share the prose states.
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { loadEngine } from '../src/bot.js';
import type { Answer, Engine } from '../src/intents/answer.js';
import { writeTmp } from './knowledge-helpers.js';

const ACME = `# Acme Widgets Ltd. Reports First Quarter 2024 Results

**LONDON, April 25, 2024** — Acme Widgets Ltd. (NYSE: ACMW) today reported unaudited financial results for the first quarter ended March 31, 2024.

## First Quarter 2024 Highlights

- Total revenue was $120.0 million, an increase of 12.0% year over year.
- Order backlog increased 8.0% year over year.
- Operating expenses were $80.0 million, a decrease of 5.0% year over year.
`;

let acme: Engine;
let seed: Engine;
beforeAll(() => {
  acme = loadEngine({ releases: [writeTmp('acme-shares-2024q1.md', ACME)] });
  seed = sharedEngine('data/releases/qfin-2024q1.md');
});

let n = 0;
const ask = (engine: Engine, q: string): Answer => engine.ask(q, `shares-${n++}`);
const said = (a: Answer) => a.text.split('\nHow: ')[0];

describe('the part is the line that adds into the other, however the question orders them', () => {
  it.each([
    'referral services fees as a share of platform services',
    'platform services share of referral services fees',
    'what share of referral services fees is platform services',
  ])('%s: 48.3%, never 207%%', (q) => {
    const a = ask(seed, q);
    expect(said(a), q).toBe('Referral services fees were 48.3% of platform services in Q1 2024 (RMB548.8 million of RMB1,136.9 million).');
    expect(a.derivations.map((d) => d.formula)).toEqual(['548,824 ÷ 1,136,901 × 100']);
  });

  it('each period asked, each with its own figures', () => {
    const a = ask(seed, 'referral services fees as % of platform services Q1 2024 and Q4 2023');
    expect(said(a)).toBe(
      'Referral services fees were 48.3% of platform services in Q1 2024 (RMB548.8 million of RMB1,136.9 million).\nReferral services fees were 35.8% of platform services in Q4 2023 (RMB446.5 million of RMB1,247.2 million).',
    );
  });
});

describe('a share the release cannot give', () => {
  it('a part with no figure: declined, naming both lines, with no figure shown', () => {
    const a = ask(acme, 'order backlog as % of total revenue');
    expect(a.status).toBe('unknown');
    expect(a.text).toBe("The release doesn't give both Order backlog and Total revenue for that period.");
  });

  it('a line with no whole named and none above it: asks for the whole, with the line in the example', () => {
    const a = ask(acme, 'total revenue as a share');
    expect(a.status).toBe('unknown');
    expect(a.reason).toBe('not-understood');
    expect(a.text).toMatch(/^Share of what\? Name the whole, e\.g\. "Total revenue as % of /);
  });

  it('a part and a whole with no line between them: the share of the figures as printed', () => {
    const a = ask(acme, 'operating expenses as % of total revenue');
    expect(said(a)).toBe('Operating expenses were 66.7% of total revenue in Q1 2024 ($80.0 million of $120.0 million).');
  });
});

describe('a ratio asked as a share', () => {
  it('of its own denominator: the ratio itself', () => {
    const a = ask(seed, 'effective tax rate as % of income before income tax expense');
    expect(said(a)).toBe('Effective tax rate was 24.0% in Q1 2024 (Income taxes expense RMB366.1 million ÷ Income before income tax expense RMB1,526.2 million).');
  });

  it.each([
    ['platform services', 'platform services'],
    ['income before income tax expense and platform services', 'income before income tax expense and platform services'],
  ])('of %s: declined, naming what it is a ratio of', (whole, named) => {
    const a = ask(seed, `effective tax rate as % of ${whole}`);
    expect(a.status).toBe('unknown');
    expect(a.reason).toBe('not-understood');
    expect(a.text).toBe(`Effective tax rate is a ratio already (of income before income tax expense); I won't give it as a share of ${named}.`);
  });
});

describe('a line with a line above it and a share the prose states of the total', () => {
  it("asked as a share of the total: its share of the line above, computed from both figures and cited, not the prose's stated share", () => {
    const engine = loadEngine({
      releases: [
        writeTmp('orlin-shares-2025q1.md', [
          '# Orlin Fastening Reports First Quarter 2025 Results',
          '',
          'CLEVELAND, May 1, 2025 -- Orlin Fastening Co. today reported results for the first quarter ended March 31, 2025.',
          '',
          '- Product revenue was $60.0 million, representing 60.0% of the total.',
          '',
          '| (in millions) | Q1 2024 | Q1 2025 |',
          '|---|---|---|',
          '| Product revenue | 50.0 | 60.0 |',
          '| Service revenue | 50.0 | 40.0 |',
          '| Total revenue | 100.0 | 100.0 |',
        ].join('\n')),
      ],
    });
    const a = ask(engine, 'product revenue as % of the total in Q1 2025');
    expect(a.text).toBe('Product revenue was 60.0% of total revenue in Q1 2025 ($60.0 million of $100.0 million).\nHow: Product revenue as % of total revenue = 60.0 ÷ 100.0 × 100.');
    expect(a.citations.map((c) => c.line)).toEqual([9, 11]);
  });
});

describe('a line with no line above it whose share the prose states', () => {
  it.each(['subscription revenue as % of the total', 'what share of the total was subscription revenue'])('%s: the share as the release states it, cited', (q) => {
    const engine = loadEngine({
      releases: [writeTmp('brightline-stated-2026q1.md', ['# Brightline Tools Reports First Quarter 2026 Results', '', 'Brightline Tools today reported results for the first quarter ended March 31, 2026.', '', '- Subscription revenue was $40.0 million, representing 8.0% of the total.', '- Operating income was $12.0 million.'].join('\n'))],
    });
    const a = ask(engine, q);
    expect(a.text).toBe('Subscription revenue as a share of the total was 8.0% in Q1 2026.');
    expect(a.citations.map((c) => c.line)).toEqual([5]);
  });
});
