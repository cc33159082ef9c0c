// Sums, differences and changes asked in the asker's own words (test/corpus/sums-asked.jsonl, on the seed and the filed
// releases): a part a line's label leaves out, added back ("capex incl. equipment leased to others":
// recognisers/added-back.ts), the asker's name for the sum a bracket spells out ("total opex (selling + G&A)":
// refiners/terms.ts), one line at two periods, one minus the other (recognisers/operations.ts PERIOD_DIFFERENCE),
// "in total" before a period, items of one kind asked by their number ("the two pretax charges":
// refiners/items-counted.ts), and the negatives that stay one line or decline. Every example runs the real engine and
// asserts the status and what the reply says.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import type { Engine } from '../src/intents/answer.js';

interface Example {
  name: string;
  /** The release loaded (the seed's releases where none). */
  release?: string;
  /** One question, or a thread's questions in order (the last one's reply is checked). */
  q: string | string[];
  status: string;
  reason?: string;
  has?: string[];
  absent?: string;
}

let examples: Example[] = [];
const engines = new Map<string, Engine>();
beforeAll(() => {
  examples = readFileSync('test/corpus/sums-asked.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);
  for (const release of new Set(examples.map((e) => e.release ?? ''))) engines.set(release, sharedEngine(...(release ? [release] : [])));
  // (Each release is parsed once here: a dozen of them on a busy machine take longer than the default hook's 30 s.)
}, 120_000);

describe('sums asked in the asker own words', () => {
  it('answers each example as its corpus line says', () => {
    for (const ex of examples) {
      const engine = engines.get(ex.release ?? '')!;
      const turns = [ex.q].flat();
      const replies = turns.map((q) => engine.ask(q, `sums-asked-${ex.name}`));
      const a = replies.at(-1)!;
      expect(a.status, `${ex.name}: ${turns.at(-1)} → ${a.text}`).toBe(ex.status);
      if (ex.reason) expect(a.reason, ex.name).toBe(ex.reason);
      for (const figure of ex.has ?? []) expect(a.text, ex.name).toContain(figure);
      if (ex.absent) expect(a.text, ex.name).not.toContain(ex.absent);
    }
  });
});
