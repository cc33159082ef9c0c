// The renderer and the escaping, tested directly: examples, then properties over arbitrary answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/intents/answer.js';
import { escapeMrkdwn, fromSlack } from '../src/adapters/slack/escape.js';
import { fitText, LIMITS, renderAnswer, renderNotice } from '../src/adapters/slack/render.js';

const answer = (over: Partial<Answer>): Answer => ({
  status: 'answer',
  text: 'Total net revenue was RMB4,153.2 million.',
  citations: [],
  derivations: [],
  choices: [],
  ...over,
});
const cite = (line: number, quote = `quote ${line}`) => ({ document: 'data/releases/qfin-2024q1.md', line, quote });

/** Every mrkdwn text and plain_text label in a message. */
function texts(blocks: any[]) {
  const mrkdwn: string[] = [];
  const labels: string[] = [];
  for (const b of blocks) {
    if (b.type === 'section') mrkdwn.push(b.text.text);
    if (b.type === 'context') mrkdwn.push(...b.elements.map((e: any) => e.text));
    if (b.type === 'actions') labels.push(...b.elements.map((e: any) => e.text.text));
  }
  return { mrkdwn, labels };
}
const sectionText = (blocks: any[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text.text).join('');
const unescaped = (s: string) => /[&<>]/.test(s.replace(/&(amp|lt|gt);/g, ''));

describe('escapeMrkdwn / fromSlack', () => {
  it('escapes exactly & < >', () => {
    expect(escapeMrkdwn('<!channel> <@U123> & <b> *S&M*')).toBe('&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;b&gt; *S&amp;M*');
  });

  it.each([
    ['<@U123|ann> hi', '@ann hi'],
    ['<@U123> hi', '@U123 hi'],
    ['in <#C123|general>', 'in #general'],
    ['<!here> <!channel> <!everyone>', '@here @channel @everyone'],
    ['<!subteam^S1|@analysts>', '@analysts'],
    ['see <https://example.com/ir|the release>', 'see the release'],
    ['<https://example.com/ir>', 'https://example.com/ir'],
    ['S&amp;M &lt;b&gt;', 'S&M <b>'],
    ['&amp;lt; stays', '&lt; stays'],
    ['What was G&amp;A in 1Q24?', 'What was G&A in 1Q24?'],
    // An empty label is no label; a label's own leading @ or # is not doubled, and one inside it stays.
    ['<@U123|> hi', '@U123 hi'],
    ['<#C123|#general>', '#general'],
    ['<@U123|ann@corp>', '@ann@corp'],
    ['<|the release>', 'the release'],
    ['a<|>b', 'ab'],
  ])('fromSlack(%j) = %j', (slack, plain) => expect(fromSlack(slack)).toBe(plain));

  it('round-trips: what is escaped decodes to what was written', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fromSlack(escapeMrkdwn(s)) === s));
  });
});

describe('renderAnswer', () => {
  it('renders the text as a section and each citation as "line N: quote" with the document name', () => {
    const msg = renderAnswer(answer({ citations: [cite(277, 'Total net revenue\t3,599,174\t4,153,183\t575,209')] }));
    expect(msg.text).toBe('Total net revenue was RMB4,153.2 million.');
    expect(msg.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Total net revenue was RMB4,153.2 million.', verbatim: true } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: 'line 277: Total net revenue\t3,599,174\t4,153,183\t575,209 (qfin-2024q1.md)', verbatim: true }],
      },
    ]);
    expect(msg).toMatchObject({ link_names: false, parse: 'none' });
  });

  it('shows how a derived figure was computed, before the citations', () => {
    const derivations = [{ label: 'Change', value: '+15.4%', formula: '4,153,183 / 3,599,174 − 1' }];
    const msg = renderAnswer(answer({ derivations, citations: [cite(277)] }));
    expect(msg.blocks[1]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: 'Change: +15.4% = 4,153,183 / 3,599,174 − 1', verbatim: true },
        { type: 'mrkdwn', text: 'line 277: quote 277 (qfin-2024q1.md)', verbatim: true },
      ],
    });
  });

  it('turns clarify choices into buttons whose value is the question to ask', () => {
    const choices = [
      { label: 'Credit driven services', question: 'What were other services fees (Credit driven services) in Q1 2024?' },
      { label: 'Platform services', question: 'What were other services fees (Platform services) in Q1 2024?' },
    ];
    const msg = renderAnswer(answer({ status: 'clarify', text: 'Which one?', choices }));
    const actions = msg.blocks.filter((b) => b.type === 'actions') as any[];
    expect(actions).toHaveLength(1);
    expect(actions[0].elements).toEqual(
      choices.map((c, i) => ({
        type: 'button',
        action_id: `qfin_choice_${i}`,
        text: { type: 'plain_text', text: c.label, emoji: false },
        value: c.question,
      })),
    );
  });

  it('adds no buttons to an answer unless asked, and the post button when asked', () => {
    expect(renderAnswer(answer({ status: 'unknown', text: 'No idea.' })).blocks).toHaveLength(1);
    const msg = renderAnswer(answer({}), { question: 'Q & A', postValue: 'key-1' });
    expect(msg.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '*Question:* Q &amp; A', verbatim: true }] });
    expect(msg.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: 'qfin_post', value: 'key-1' }] });
  });

  it('escapes & < > in the answer text, quotes and echoed question', () => {
    const msg = renderAnswer(answer({ text: 'S&M <up> 5%', citations: [cite(3, 'S&M <b>x</b>')] }), { question: '<!channel> <@U1>' });
    const all = texts(msg.blocks).mrkdwn.join('\n') + msg.text;
    expect(all).toContain('S&amp;M &lt;up&gt; 5%');
    expect(all).toContain('&lt;!channel&gt; &lt;@U1&gt;');
    expect(unescaped(all)).toBe(false);
  });

  it('splits long text into sections of at most 3,000 characters, at spaces, without losing any', () => {
    const text = Array.from({ length: 1500 }, (_, i) => `word${i} &`).join(' ');
    const msg = renderAnswer(answer({ text }));
    const sections = msg.blocks.filter((b) => b.type === 'section') as any[];
    expect(sections.length).toBeGreaterThan(4);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(3000);
    for (const s of sections.slice(0, -1)) expect(s.text.text.endsWith(' ')).toBe(true);
    expect(sectionText(msg.blocks)).toBe(escapeMrkdwn(text));
    expect(msg.text.length).toBeLessThanOrEqual(3000);
  });

  it('puts at most 10 citations in a context block and keeps within 50 blocks, ending cut text with …', () => {
    const msg = renderAnswer(answer({ text: 'x'.repeat(400_000), citations: Array.from({ length: 25 }, (_, i) => cite(i + 1)) }));
    const contexts = msg.blocks.filter((b) => b.type === 'context') as any[];
    expect(contexts.map((c) => c.elements.length)).toEqual([10, 10, 5]);
    expect(msg.blocks).toHaveLength(50);
    expect(sectionText(msg.blocks).endsWith('…')).toBe(true);
  });

  it('renders a notice as one escaped section', () => {
    expect(renderNotice('Sorry & <retry>')).toMatchObject({
      text: 'Sorry &amp; &lt;retry&gt;',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Sorry &amp; &lt;retry&gt;' } }],
    });
  });
});

// Text that stresses escaping, splitting and code points: entities grow characters, emoji are two units.
// `size: 'max'` so long texts really are long (fast-check keeps arrays short by default).
const awkwardText = (maxLength: number) =>
  fc
    .array(fc.constantFrom('a', 'b', ' ', '\n', '&', '<', '>', 'é', '😀', '<!channel>', '&amp;'), { maxLength, size: 'max' })
    .map((parts) => parts.join(''));

const arbitraryAnswer: fc.Arbitrary<Answer> = fc.record({
  status: fc.constantFrom('answer', 'clarify', 'unknown'),
  text: fc.oneof(awkwardText(50), awkwardText(20_000)).map((t) => `A${t}`),
  citations: fc.array(
    fc.record({ document: fc.constant('data/releases/qfin-2024q1.md'), line: fc.integer({ min: 1, max: 999 }), quote: awkwardText(4000) }),
    { maxLength: 30 },
  ),
  derivations: fc.array(fc.record({ label: awkwardText(20), value: awkwardText(10), formula: awkwardText(100) }), { maxLength: 5 }),
  choices: fc.array(fc.record({ label: awkwardText(100), question: awkwardText(200) }), { maxLength: 30 }),
});

describe('renderAnswer properties', () => {
  it('always stays within Slack limits and never emits unescaped markup', () => {
    fc.assert(
      fc.property(arbitraryAnswer, fc.option(awkwardText(5000), { nil: undefined }), fc.boolean(), (a, question, post) => {
        const msg = renderAnswer(a, { ...(question === undefined ? {} : { question }), ...(post ? { postValue: 'k' } : {}) });
        expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
        expect(msg.text.length).toBeLessThanOrEqual(LIMITS.text);
        const { mrkdwn, labels } = texts(msg.blocks);
        for (const t of [...mrkdwn, msg.text]) {
          expect(t.length).toBeLessThanOrEqual(LIMITS.text);
          expect(unescaped(t)).toBe(false);
        }
        for (const l of labels) expect(Array.from(l).length).toBeLessThanOrEqual(LIMITS.buttonLabel);
        for (const b of msg.blocks as any[]) {
          if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.contextElements);
          if (b.type === 'actions') expect(b.elements.length).toBeLessThanOrEqual(LIMITS.buttons);
        }
        const body = sectionText(msg.blocks);
        const whole = escapeMrkdwn(a.text.trim());
        // Complete, or (only past 50 blocks) a prefix marked with an ellipsis.
        if (body.endsWith('…')) expect(whole.startsWith(body.slice(0, -1))).toBe(true);
        else expect(body).toBe(whole);
      }),
      // At `size: 'max'` every run is near the limits (about 28 ms a run to generate and check).
      { numRuns: 100 },
    );
  });

  it('fitText never cuts an entity or a surrogate pair', () => {
    fc.assert(
      fc.property(awkwardText(3000), fc.integer({ min: 2, max: 200 }), fc.integer({ min: 1, max: 40 }), (raw, max, pieces) => {
        for (const piece of fitText(raw, max, pieces)) {
          expect(piece.length).toBeLessThanOrEqual(max);
          expect(unescaped(piece)).toBe(false);
          expect(piece).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
      }),
    );
  });
});
