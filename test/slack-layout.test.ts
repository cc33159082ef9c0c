// Slack's layout of an answer's text: a run of "- name: figure" lines becomes a two-column table, and
// the "How:" line is dropped only where the derivations are shown below it. What the user reads: every
// line once, in its order, in the sections or in the table.
import { describe, expect, it } from 'vitest';
import { layOut } from '../src/adapters/slack/layout.js';

const rowsOf = (laid: ReturnType<typeof layOut>) => (laid.table as unknown as { rows: { text: string }[][] } | undefined)?.rows.map((r) => r.map((c) => c.text));

describe('layOut', () => {
  it('takes a run of "- name: figure" lines into a table, the text around it kept in order', () => {
    const text = 'Revenue by line in Q1 2024:\n- Loan facilitation: RMB1,200.0 million\n- Post-facilitation: RMB300.5 million\nBoth cited below.';
    const laid = layOut(text, false);
    expect(rowsOf(laid)).toEqual([
      ['Loan facilitation', 'RMB1,200.0 million'],
      ['Post-facilitation', 'RMB300.5 million'],
    ]);
    expect(laid.table).toMatchObject({ type: 'table', column_settings: [{ is_wrapped: true }, { is_wrapped: true }] });
    expect((laid.table as unknown as { rows: { type: string }[][] }).rows.flat().every((c) => c.type === 'raw_text')).toBe(true);
    expect(laid.text).toBe('Revenue by line in Q1 2024:\nBoth cited below.');
    expect(laid.fallback).toBe(text);
  });

  it('one such line is no table, and only the first run becomes one', () => {
    expect(layOut('Total:\n- Revenue: RMB1.0 million', false)).toEqual({ text: 'Total:\n- Revenue: RMB1.0 million', fallback: 'Total:\n- Revenue: RMB1.0 million' });
    const laid = layOut('- a: 1\n- b: 2\nand\n- c: 3\n- d: 4', false);
    expect(rowsOf(laid)).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(laid.text).toBe('and\n- c: 3\n- d: 4');
  });

  it('a run that starts later: the lines before it stay, and a line that is not an item ends it', () => {
    const laid = layOut('intro\nnot - x: 1\n- a: 1\n- b: 2\n- c: 3\n-d: 4', false);
    expect(rowsOf(laid)).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    expect(laid.text).toBe('intro\nnot - x: 1\n-d: 4');
  });

  it('at most 100 rows; the rest stay as text', () => {
    const items = Array.from({ length: 150 }, (_, i) => `- line ${i + 1}: ${i + 1}`);
    const laid = layOut(['Every line:', ...items].join('\n'), false);
    expect(rowsOf(laid)).toHaveLength(100);
    expect(rowsOf(laid)![99]).toEqual(['line 100', '100']);
    expect(laid.text).toBe(['Every line:', ...items.slice(100)].join('\n'));
  });

  it('cells are trimmed, and an empty one shows an ellipsis rather than nothing', () => {
    expect(rowsOf(layOut('-  a : 1 \n- b:  ', false))).toEqual([
      ['a', '1'],
      ['b', '…'],
    ]);
  });

  it('drops the "How:" line only when the derivations are shown below it', () => {
    const text = 'Up 24.8%.\nHow: (1,160,144 − 929,822) ÷ 929,822 × 100\nSo: How: stays';
    expect(layOut(text, true)).toEqual({ text: 'Up 24.8%.\nSo: How: stays', fallback: 'Up 24.8%.\nSo: How: stays' });
    expect(layOut(text, false)).toEqual({ text, fallback: text });
  });
});
