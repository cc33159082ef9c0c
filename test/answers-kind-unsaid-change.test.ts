// A change the prose states of a line by its name and its kind ("Aircraft fuel expense decreased 4.6%" of the
// row "Aircraft fuel" among operating expenses) is that line's (knowledge/narrative-link.ts): left a line of its
// own, "aircraft fuel expense q3" gave the rate and said the release printed no amount (hl48 h48-003). And
// "A220-300 aircraft" is a model's name, never 300 aircraft (h48-012).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { sharedEngine } from './support/engines.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine('eval/hl48/docs/harrowgate-3q26.html');
});
let n = 0;
const ask = (q: string) => engine.ask(q, `kind-unsaid-${n++}`);

describe('a line named with its kind word in the prose', () => {
  it.each(['aircraft fuel expense q3', 'aircraft fuel costs in the third quarter'])('%s is the table line', (q) => {
    const a = ask(q);
    expect(a.status).toBe('answer');
    expect(a.text).toContain('$318.7 million');
  });
  it('its stated change is answered with both amounts', () => {
    const a = ask('aircraft fuel expense yoy');
    expect(a.text).toContain('4.6%');
    expect(a.text).toContain('$334.1 million');
  });
});

describe('a model variant joined to its name', () => {
  it('is no count of aircraft', () => {
    const a = ask('how many aircraft at the end of the quarter');
    expect(a.text).not.toContain('300');
    expect(a.text).toContain('142');
  });
});
