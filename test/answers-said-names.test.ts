// Names people say (#11): an answer names a line by its short name (naming/spoken.ts) in every sentence
// and every formula under "How:", as its own bullets do; the full label stays in the citation. Checked
// as a property: for each line of a release whose short name differs from its label, the questions that
// name it (its figure, its change, the summary) never print the full label outside a citation.
import { describe, expect, it } from 'vitest';
import { sharedBot } from './support/engines.js';
import type { Answer } from '../src/intents/answer.js';
import { spoken } from '../src/intents/naming/spoken.js';

const RELEASES = [[], ['../shared/releases/filed/aapl-2024q1.htm'], ['../shared/releases/filed/orcl-2022q4.htm'], ['../shared/releases/filed/cat-2022q1.htm']];

/** What an answer says outside its citations: its text and each formula's name. */
const said = (a: Answer) => [a.text, ...a.derivations.map((d) => d.label)].join('\n').toLowerCase();

describe('names people say', () => {
  it.each(RELEASES.map((r) => [r[0] ?? 'the seed release', r]))('%s: no answer names a line by its full label when it has a shorter one', (_, releases) => {
    const { engine, kb } = sharedBot(...releases);
    const long = [...kb.metrics.values()].filter((m) => spoken(m.label).toLowerCase() !== m.label.toLowerCase());
    expect(long.length).toBeGreaterThan(0);
    let n = 0;
    const asked = ['summary', ...long.flatMap((m) => [spoken(m.label), `${spoken(m.label)} YoY`, `${spoken(m.label)} QoQ change`])].map((q) => [q, engine.ask(q, `said-${n++}`)] as const);
    const leaks = asked.flatMap(([q, a]) => long.filter((m) => a.status === 'answer' && said(a).includes(m.label.toLowerCase())).map((m) => `${q} → "${m.label}"`));
    expect(leaks).toEqual([]);
  });
});
