// Answer → embed/buttons/autocomplete within Discord's limits, whatever the answer holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Colors } from 'discord.js';
import type { Answer } from '../src/intents/answer.js';
import { ChoiceStore } from '../src/adapters/discord/choices.js';
import {
  answerEmbed,
  autocompleteChoices,
  choiceButtons,
  escapeMarkdown,
  formatSources,
  LIMITS,
  truncate,
} from '../src/adapters/discord/render.js';

// `size: 'max'`: fast-check's default size keeps strings and arrays to about ten items, so without it no
// generated answer comes near the 1,024 / 4,096 / 6,000-character limits these properties are about.
const long = (maxLength: number) => fc.string({ maxLength, size: 'max' });
const citation = fc.record({
  document: fc.constantFrom('data/releases/qfin-2024q1.md', 'data/releases/qfin-2023q4.md'),
  line: fc.integer({ min: 1, max: 5000 }),
  quote: long(2000),
});
const answerArb: fc.Arbitrary<Answer> = fc.record({
  status: fc.constantFrom('answer', 'clarify', 'unknown'),
  text: long(9000),
  period: fc.option(long(3000), { nil: undefined }),
  citations: fc.array(citation, { maxLength: 60, size: 'max' }),
  derivations: fc.array(fc.record({ label: long(300), value: long(50), formula: long(600) }), { maxLength: 20, size: 'max' }),
  choices: fc.array(fc.record({ label: long(200), question: long(400) }), { maxLength: 30, size: 'max' }),
});

function embedTotal(e: ReturnType<typeof answerEmbed>): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

describe('Discord rendering', () => {
  it('keeps every embed within Discord limits', () => {
    fc.assert(
      fc.property(answerArb, (answer) => {
        const e = answerEmbed(answer);
        expect(e.description!.length).toBeGreaterThan(0);
        expect(e.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect(e.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
        for (const f of e.fields!) {
          expect(f.name.length).toBeLessThanOrEqual(LIMITS.embedFieldName);
          expect(f.value.length).toBeGreaterThan(0);
          expect(f.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
        }
        expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
        expect(embedTotal(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
      }),
      // Every run is near the limits at `size: 'max'`; more runs cost seconds and find no other case.
      { numRuns: 30 },
    );
  });

  it('renders text, period and sources as "line N: quote"', () => {
    const e = answerEmbed({
      status: 'answer',
      text: 'Total net revenue was RMB4,153.2 million.',
      period: 'Q1 2024',
      citations: [{ document: 'data/releases/qfin-2024q1.md', line: 277, quote: 'Total net revenue 4,153,202' }],
      derivations: [],
      choices: [],
    });
    expect(e.description).toBe('Total net revenue was RMB4,153.2 million.');
    expect(e.fields).toEqual([
      { name: 'Period', value: 'Q1 2024', inline: true },
      { name: 'Sources', value: 'line 277: Total net revenue 4,153,202' },
    ]);
    expect(e.footer?.text).toBe('Source: qfin-2024q1.md');
  });

  it('trims what it shows: no blank period, the question as title, quotes without their padding', () => {
    const e = answerEmbed(
      {
        status: 'answer',
        text: 'Up 24.8%.\nHow: (1,160,144 − 929,822) ÷ 929,822 × 100',
        period: '   ',
        citations: [
          { document: 'a/x.md', line: 3, quote: '  Net income 1,160,144  ' },
          { document: 'b/y.md', line: 4, quote: 'Net income 929,822' },
        ],
        derivations: [{ label: 'Net income change', value: '24.8%', formula: '(1,160,144 − 929,822) ÷ 929,822 × 100' }],
        choices: [],
      },
      '  net income yoy?  ',
    );
    expect(e.title).toBe('net income yoy?');
    // The How: line is left to the Calculation field; sources from two releases name their files.
    expect(e.description).toBe('Up 24.8%.');
    expect(e.fields).toEqual([
      { name: 'Calculation', value: 'Net income change: 24.8% = (1,160,144 − 929,822) ÷ 929,822 × 100' },
      { name: 'Sources', value: 'x.md line 3: Net income 1,160,144\ny.md line 4: Net income 929,822' },
    ]);
    expect(e.footer?.text).toBe('Source: x.md, y.md');
    // Without derivations a How: line is the text's own and stays; a blank question is no title.
    const plain = answerEmbed({ status: 'unknown', text: 'How: it is said', citations: [], derivations: [], choices: [] }, '  ');
    expect(plain.description).toBe('How: it is said');
    expect(plain.title).toBe("The release doesn't say");
    expect(plain.fields).toEqual([]);
    expect(plain.footer).toBeUndefined();
  });

  it('titles and colours an answer by its kind when no question is given; keeps the text\'s lines', () => {
    const base = { text: 'Up 24.8%.\nSee How: it is computed\nlast line', citations: [], derivations: [{ label: 'L', value: 'V', formula: 'F' }], choices: [] };
    const a = answerEmbed({ ...base, status: 'answer' });
    expect([a.title, a.color]).toEqual(['Answer', Colors.Blue]);
    expect(a.description).toBe('Up 24.8%.\nSee How: it is computed\nlast line');
    const c = answerEmbed({ ...base, status: 'clarify' });
    expect([c.title, c.color]).toEqual(['Which did you mean?', Colors.Gold]);
    expect(answerEmbed({ ...base, status: 'unknown' }).color).toBe(Colors.Grey);
  });

  it('keeps whole source lines and says how many more there were', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ document: 'd.md', line: i + 1, quote: 'q'.repeat(100) }));
    const value = formatSources(many);
    expect(value.length).toBeLessThanOrEqual(1024);
    expect(value).toMatch(/\n… and \d+ more$/);
    const shown = value.split('\n').filter((l) => l.startsWith('line ')).length;
    expect(value).toContain(`and ${40 - shown} more`);
  });

  it('escapes markdown so footnote marks show as written', () => {
    expect(escapeMarkdown('RMB1.2 million*1 and net_income')).toBe('RMB1.2 million\\*1 and net\\_income');
    expect(escapeMarkdown('> quoted\n# heading')).toBe('\\> quoted\n\\# heading');
    // Only at a line's start (after any indent) do > and # make a quote or a heading.
    expect(escapeMarkdown('margin > 30% # of loans\n  # indented')).toBe('margin > 30% # of loans\n  \\# indented');
  });

  it('truncates without splitting a surrogate pair or leaving a dangling escape', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('ab\\*cd', 4)).toBe('ab…');
    // Only a pair cut at the end is dropped, and only an escape left at the end.
    expect(truncate('😀abcdef', 5)).toBe('😀ab…');
    expect(truncate('a\\bcdefgh', 6)).toBe('a\\bcd…');
    expect(truncate('ab\\\\cd', 5)).toBe('ab\\\\…');
  });

  it('makes buttons with labels ≤80 and custom_ids ≤100 that resolve back to each question', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label: long(200), question: fc.string({ minLength: 1, maxLength: 400, size: 'max' }) }), { minLength: 1, maxLength: 25, size: 'max' }), (choices) => {
        const store = new ChoiceStore();
        const ids = store.customIds(choices.map((c) => c.question));
        const rows = choiceButtons({ status: 'clarify', text: 'Which?', citations: [], derivations: [], choices }, (i) => ids[i]!);
        expect(rows.length).toBeLessThanOrEqual(5);
        const buttons = rows.flatMap((r) => r.components) as { label: string; custom_id: string }[];
        expect(buttons).toHaveLength(choices.length);
        buttons.forEach((b, i) => {
          expect(b.label.length).toBeGreaterThan(0);
          expect(b.label.length).toBeLessThanOrEqual(80);
          expect(b.custom_id.length).toBeLessThanOrEqual(100);
          expect(store.resolve(b.custom_id)).toBe(choices[i]!.question);
        });
      }),
    );
  });

  it('encodes short questions in the custom_id and bounds the store for long ones', () => {
    const store = new ChoiceStore(2);
    expect(store.customIds(['What was net income?'])).toEqual(['qfin_choice:0:q:What was net income?']);
    expect(store.size).toBe(0);
    const long = (n: number) => [`${'x'.repeat(120)} ${n}`];
    const first = store.customIds(long(1))[0]!;
    store.customIds(long(2));
    store.customIds(long(3));
    expect(store.size).toBe(2);
    expect(store.resolve(first)).toBeUndefined(); // oldest dropped
    expect(store.resolve('qfin_choice:0:k:nope')).toBeUndefined();
    expect(store.resolve('something_else')).toBeUndefined();
  });

  it('autocompletes at most 25 distinct choices of 1..100 characters, skipping what would not fit', () => {
    const suggestions = ['Referral services fees', 'Referral services fees', 'x'.repeat(101), ' ', ...Array.from({ length: 40 }, (_, i) => `Metric ${i}`)];
    const choices = autocompleteChoices(suggestions);
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Referral services fees', value: 'Referral services fees' });
    expect(choices.every((c) => c.name.length >= 1 && c.value.length <= 100)).toBe(true);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
  });
});
