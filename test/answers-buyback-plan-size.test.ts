// A plan's figures named by their label: a label ending "program" or "plan" is the plan's size only where it
// says no amount bought or left ("Amount repurchased under the program" is what was spent, not the size).
// Synthetic releases, two of each.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';
import { RIDGEWAY_HEAD } from './support/ridgeway.js';

const table = (rows: [string, string][]) => [
  ...RIDGEWAY_HEAD,
  ...rows.map(([l, v]) => `| ${l} | ${v} | ${v} |`),
];

describe("a plan's size, by its label", () => {
  it.each([
    [[['Amount repurchased under the program', '33.4'], ['Share repurchase program authorized', '75.0']], 'Amount repurchased under the program'],
    [[['Amount bought back under the plan', '12.5'], ['Amount remaining under the plan', '37.5']], 'Amount bought back under the plan'],
  ] as [[string, string][], string][])('an amount bought under the plan is not its size: %s', (rows, spent) => {
    const a = inlineEngine(table(rows)).ask('how big is the share repurchase program?', 'plan-size');
    expect(a.text).toContain(spent);
    expect(a.text).not.toContain(`${spent} (the plan's size)`);
  });
});
