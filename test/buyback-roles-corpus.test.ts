// The role each figure of a buyback sentence takes, by the words beside it (handlers/buyback-roles.ts ROLE_RULES):
// test/corpus/buyback-roles.jsonl gives sentences of eval releases and synthetic ones, each figure as printed with its
// role (size, spent, left) or null where no rule, or two, say one. A role read from the sentence as a whole gave the
// "$41.3 million completed" beside "up to $150 million" as the plan's size, and a plan's size as the shares bought.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleOfToken } from '../src/intents/handlers/buyback-roles.js';
import { tokens } from '../src/knowledge/prose/mentions.js';

interface Example {
  sentence: string;
  roles: Record<string, string | null>;
}

const examples = readFileSync('test/corpus/buyback-roles.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Example);

describe('a buyback figure takes the role the words beside it say', () => {
  it.each(examples.flatMap((e) => Object.entries(e.roles).map(([shown, role]) => [shown, role, e.sentence] as const)))('%s is %s in: %s', (shown, role, sentence) => {
    const at = tokens(sentence).filter((t) => t.text === shown);
    expect(at.length, `"${shown}" is read as one figure of the sentence`).toBe(1);
    expect(roleOfToken(sentence, at[0]!)).toBe(role);
  });
});
