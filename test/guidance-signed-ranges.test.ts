// A range printed with its signs ("+3.5% to +4.0%", "−1% to +1%", "(2)% to 1%"), in prose or in an outlook table, is
// the range: before, "to +" joined no range, so the guidance was cut to its low end ("Comparable sales + of 3.5%"),
// the earlier range to its low end too, and a bracketed low end was no rate at all. Inline.
import { describe, expect, it } from 'vitest';
import { inlineEngine } from './support/inline.js';

const head = ['# Larchmont Stores Reports Third Quarter 2026 Results', '', '| ($ in millions) | Q3 2026 | Q3 2025 |', '|---|---|---|', '| Net sales | $1,110.4 | $1,052.9 |', '', '## Fiscal 2026 Outlook', ''];

describe('a guided range printed with signs', () => {
  it('in prose: both ends, with the earlier range it replaced', () => {
    for (const [now, was, low, high, before] of [
      ['+3.5% to +4.0%', '+2.5% to +3.5%', '3.5%', '4.0%', '2.5%–3.5%'],
      ['−1% to +1%', '−2% to +0.5%', '-1%', '1%', '-2%–0.5%'],
      ['(2)% to 1%', '(3)% to 0%', '-2%', '1%', '-3%–0%'],
    ]) {
      const lines = [...head, `For fiscal 2026, the company now expects comparable sales growth of ${now} (previously ${was}).`];
      const a = inlineEngine(lines).ask('fiscal 2026 comparable sales growth guidance', 'q');
      expect(a.status, `${now}: ${a.text}`).toBe('answer');
      expect(a.text).toContain(`between ${low} and ${high}`);
      expect(a.text).toContain(before);
      expect(a.text).not.toMatch(/\+ of/);
    }
  });

  it('in an outlook table: both ends, beside the previous outlook', () => {
    const lines = [...head, '| | Updated outlook | Previous outlook |', '|---|---|---|', '| Comparable sales | +3.5% to +4.0% | +2.5% to +3.5% |', '| Net sales | $4.52 billion to $4.56 billion | $4.45 billion to $4.51 billion |'];
    const a = inlineEngine(lines).ask('FY26 comparable sales outlook', 'q');
    expect(a.text).toContain('between 3.5% and 4.0%');
    expect(a.text).toContain('2.5%–3.5%');
  });
});
