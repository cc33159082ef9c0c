// "u/l", "u-l": an analyst's underlying basis beside its statutory twin. Unread, the slash left two stray
// letters and the statutory line was answered (hl53's "u/l NPAT vs pcp?" gave statutory NPAT).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/intents/answer.js';
import { inlineEngine } from './support/inline.js';

let engine: Engine;
beforeAll(() => {
  engine = inlineEngine([
    '# Synthetic Haulage Limited Half-Year Results FY27',
    '',
    'Synthetic Haulage Limited today reported results for the half year ended 31 December 2026.',
    '',
    '(A$m)',
    '',
    '| | Six months ended 31 December 2026 | Six months ended 31 December 2025 |',
    '|---|---:|---:|',
    '| Revenue | 1,204.5 | 1,100.2 |',
    '| Underlying EBITDA | 210.4 | 190.3 |',
    '| Statutory EBITDA | 180.1 | 185.6 |',
    '| Underlying net profit after tax | 61.2 | 55.0 |',
    '| Statutory net profit after tax | 44.8 | 52.3 |',
  ]);
});

let n = 0;
describe('"u/l" asks the underlying line, never its statutory twin', () => {
  it.each([
    ['u/l EBITDA vs pcp', 'Underlying EBITDA', 'A$210.4 million'],
    ['what was U-L net profit after tax?', 'Underlying net profit after tax', 'A$61.2 million'],
    ['u / l EBITDA for the half', 'Underlying EBITDA', 'A$210.4 million'],
  ])('%s', (q, line, said) => {
    const a = engine.ask(q, `ul-${n++}`);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toContain(line);
    expect(a.text).toContain(said);
    expect(a.text).not.toContain('Statutory');
  });
});
