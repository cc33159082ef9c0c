// Another issuer in a fourth-quarter release: test/fixtures/lumen-2023q4.md is a synthetic "Lumen
// Finance Holdings" Q4 and full year 2023 release (made-up, self-consistent figures) with its own line
// items (R&D, interest expense in parentheses), quarter and year columns, a "Full Year 2023 Financial
// Highlights" list, prose that states expenses as positive amounts, and full-year 2024 guidance. It
// loads with no code change; these are the places a Q1 release never tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { createEngine } from '../src/intents/engine.js';
import { issuerOf } from '../src/knowledge/issuer.js';
import type { KnowledgeBase } from '../src/knowledge/kb.js';
import { loadKnowledge, type Loaded } from '../src/knowledge/load.js';
import { periodKey } from '../src/knowledge/period.js';

const FIXTURE = 'test/fixtures/lumen-2023q4.md';
// Loaded in a hook, so that a release that fails to load is a named failure, not a file with no tests.
let kb: KnowledgeBase;
let reports: Loaded['reports'];
let engine: Engine;
beforeAll(() => {
  ({ kb, reports } = loadKnowledge([FIXTURE]));
  engine = createEngine(kb);
});
let n = 0;
const ask = (q: string) => engine.ask(q, `lumen-${n++}`);

describe('a fourth-quarter release of another issuer', () => {
  it('loads, and every load check passes (prose amounts agree with parenthesised table outgoings)', () => {
    const report = reports.get(FIXTURE)!;
    expect(report.issues.map((i) => i.message)).toEqual([]);
    expect(periodKey(kb.quarter)).toBe('2023Q4');
  });

  it('reads the full-year highlights as FY2023, and "in 2022" beside them as FY2022', () => {
    const fy = kb.facts.filter((f) => f.metric === 'total_net_revenue' && f.source === 'narrative' && periodKey(f.period) === '12M-2023-12-31');
    expect(fy.map((f) => f.value.toString())).toContain('7359.2');
    const a = ask('total net revenue 2023 yoy');
    expect(a.text).toContain('RMB7,359.2 million in FY2023');
    expect(a.text).toContain('from RMB6,439.5 million in FY2022');
  });

  it('takes "year end" as the release\'s own December 31 and "end of last year" as the one before', () => {
    expect(ask('total equity at year end').text).toContain('RMB12,358.1 million (US$1,740.6 million) as of December 31, 2023');
    expect(ask('total equity at the end of last year').text).toContain('RMB11,281.3 million as of December 31, 2022');
  });

  it('gives the full-year 2024 guidance as FY2024', () => {
    const a = ask('what net income do they expect for 2024?');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('For FY2024, the company expects Net income between RMB1.85 billion and RMB2.00 billion');
  });

  it('answers its own lines, and declines the bundled release\'s', () => {
    expect(ask('research and development as % of revenue Q4 2023').text).toContain('6.8% of total net revenue in Q4 2023');
    expect(ask('referral services fees').status).toBe('unknown');
  });

  it('is never mixed with another company\'s release: each company is its own knowledge base', () => {
    const both = loadKnowledge(['data/releases/qfin-2024q1.md', FIXTURE], () => {});
    expect(both.companies.map((c) => c.kb.releases.map((r) => issuerOf(r.title)))).toEqual([['qifu technology'], ['lumen finance holdings']]);
    expect(both.reports.size).toBe(2);
    // Lumen's December 31, 2023 cash with Qifu's USD, or a Qifu-to-Lumen change, cannot happen.
    const a = createEngine(both.kb).ask('cash and cash equivalents Dec 31 2023', 'mixed');
    expect(a.citations.every((c) => c.document === 'data/releases/qfin-2024q1.md')).toBe(true);
  });
});
