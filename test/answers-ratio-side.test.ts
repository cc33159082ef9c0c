// A ratio asked by its two sides ("net debt to EBITDA", "A/B", "A over B"): the multiple the release states
// (in prose: "improved to 3.4 times from 3.6 times"), divided where both sides are lines, else declined naming
// the side no line is, never answered with the first side alone (a sentence stating the ratio holds the second
// side's words, so the first line's figure read from it had seemed "about" them).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Pipelines Announces Second Quarter 2025 Results',
    '',
    'Synthetic Pipelines today announced its results for the three months ended June 30, 2025.',
    '',
    '(millions of dollars)',
    '',
    '| | Three months ended June 30, 2025 | Three months ended June 30, 2024 |',
    '|---|---:|---:|',
    '| Revenue | 1,284.6 | 1,197.3 |',
    '| Adjusted EBITDA | 412.8 | 378.5 |',
    '| Capital expenditures | 164.2 | 139.8 |',
    '| Net realized investment gains (losses) | (12.4) | 3.1 |',
    '',
    'Net debt was $5,870 million at June 30, 2025, and the ratio of net debt to adjusted EBITDA improved to 3.4 times from 3.6 times at December 31, 2024.',
  ]);
});

let n = 0;
const ask = (q: string): Answer => engine.ask(q, `side-${n++}`);

describe('a ratio the release states in prose, "improved to 3.4 times from 3.6 times"', () => {
  it.each(['net debt to ebitda at june 30?', 'net debt to adjusted EBITDA'])('%s is the stated multiple, never net debt alone', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toBe('Ratio of net debt to adjusted EBITDA was 3.4 times as of June 30, 2025.');
  });

  it('its change since the earlier date it states, to the places printed', () => {
    const a = ask('net debt to ebitda change since december 31, 2024');
    expect(a.text).toContain('from 3.6 times as of December 31, 2024 (a decrease of 0.2)');
  });
});

describe('a ratio whose second side no line is', () => {
  it.each(['net debt to equity at june 30?', 'net debt/equity at june 30', 'net debt over equity', 'net debt ÷ equity'])('%s declines naming that side, never the first line alone', (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).not.toContain('5,870');
    expect(a.text).toMatch(/a ratio: the release states none by that name, and I couldn't tell which line "equity" means/);
  });

  it('net debt asked alone is its figure', () => {
    const a = ask('net debt at june 30?');
    expect(a.text).toContain('Net debt was $5,870 million as of June 30, 2025.');
  });
});

describe('a ratio of two lines', () => {
  it('is divided, both cited', () => {
    const a = ask('capital expenditures to revenue q2 2025');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain('The ratio of capital expenditures to revenue was 0.13x (12.8%) in Q2 2025');
  });
});

describe('a slash between words the line prints side by side, "gains/losses" of "gains (losses)"', () => {
  it('is the line named, never a ratio of it to "losses"', () => {
    const a = ask('net realized investment gains/losses q2 2025?');
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/Net realized investment gains \(losses\) were \$-12\.4 million in Q2 2025/);
  });

  it('a side the label does not print is still a ratio asked, and declined naming it', () => {
    const a = ask('net realized investment gains/equity q2 2025');
    expect(a.status, a.text).toBe('unknown');
    expect(a.text).toMatch(/I couldn't tell which line "equity" means/);
  });
});
