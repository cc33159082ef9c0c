// A standard name asked ("net income", "profit", "net sales", "cost of sales") is answered with the line issuers
// print for it ("Profit after tax", "Profit attributable to owners of the parent", "Statutory NPAT", "Net revenue",
// "Total cost of revenue"), never with a line that only shares its last word and adds a head of its own
// ("Other income", "Income tax expense", "Operating profit", "Gross profit", "Sales and marketing"). Where no
// line carries the name, the bot declines naming the other line.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { loadEngine } from '../src/bot.js';

const engines = new Map<string, Engine>();
const ask = (doc: string, q: string, conv = 'sn') => {
  if (!engines.has(doc)) engines.set(doc, loadEngine({ releases: [doc] }));
  return engines.get(doc)!.ask(q, `${conv}-${q}`);
};
const SITARA = 'eval/hl24/docs/sitara-q2fy27.html';
const YARRABEE = 'eval/hl25/docs/yarrabee-fy26.txt';
const KANAZAWA = 'eval/hl21/docs/kanazawa-fy2025-9m.txt';
const HARBORLIGHT = 'eval/hl21/docs/harborlight-2026q3.html';
const BRIGHTWELL = 'eval/hl20/docs/brightwell-q1-2026.md';
const CORVANE = 'eval/hl20/docs/corvane-q3-2026.html';

describe('net income is the line issuers print for it', () => {
  it('Sitara: Profit after tax, not Other income', () => {
    for (const q of ['net income?', 'what was net income', 'net earnings?']) {
      const a = ask(SITARA, q);
      expect(a.text).toContain('Profit after tax was ₹271.9 crore');
      expect(a.text).not.toMatch(/Other income/);
    }
  });
  it('Yarrabee: Statutory NPAT, not the tax expense or profit before tax', () => {
    for (const q of ['net income?', 'profit?', 'net profit?']) {
      const a = ask(YARRABEE, q);
      expect(a.text).toContain('Statutory NPAT was A$544.6 million');
      expect(a.text).not.toMatch(/Income tax expense|before tax/);
    }
  });
  it('Kanazawa: profit attributable to owners of the parent, not operating profit', () => {
    const a = ask(KANAZAWA, 'net income?');
    expect(a.text).toContain('Profit attributable to owners of the parent was ¥33,208.0 million');
    expect(a.text).not.toMatch(/Operating profit|before tax/);
  });
});

describe('a line adding a head word is never answered for the name', () => {
  it('Harborlight: profit is not Gross profit', () => {
    for (const q of ['profit?', 'net profit?', 'profit for the period?']) {
      const a = ask(HARBORLIGHT, q);
      expect(a.status).toBe('unknown');
      expect(a.text).toContain('"Gross profit"');
      expect(a.text).not.toMatch(/\$65\.2 million/);
    }
  });
  it('sales and cost of sales are never Sales and marketing', () => {
    expect(ask(BRIGHTWELL, 'sales?').text).toContain('Net revenue was $412.8 million');
    expect(ask(BRIGHTWELL, 'net sales last quarter?').text).toContain('Net revenue was $431.5 million in Q4 2025');
    expect(ask(CORVANE, 'cost of sales?').text).toContain('Total cost of revenue was $57.6 million');
    expect(ask(HARBORLIGHT, 'cost of sales?').text).toContain('Cost of revenue was $28.6 million');
  });
});
