// `npm run mutate -- --check` tells whether reports/mutation.json stands for the code as it is: a module
// edited after its measurement, or never measured, must not keep a score it no longer has.
import { describe, expect, it } from 'vitest';
import { audit, type ModuleSummary, type Summary } from '../scripts/mutation-audit.mjs';

const measured = (score: number, blob: string, left: string[] = []): ModuleSummary => ({
  mutants: 100, killed: score, survived: 100 - score, noCoverage: 0, score, left, commit: 'abc1234', blob, measured: '2026-12-05T00:00:00Z',
});
const summary = (modules: Record<string, ModuleSummary>, score = 92): Summary => ({ total: { score }, modules });
const blobs: Record<string, string> = { 'src/a.ts': 'blob-a', 'src/b.ts': 'blob-b' };
const blobOf = (file: string) => blobs[file] ?? 'none';

describe('the mutation summary audit', () => {
  it('passes a summary that measured every module as it is, each at 85% or more and 90% together', () => {
    const s = summary({ 'src/a.ts': measured(90, 'blob-a'), 'src/b.ts': measured(95, 'blob-b', ['1:1 Regex: /x/ — equivalent: why']) });
    expect(audit(s, ['src/a.ts', 'src/b.ts'], blobOf)).toEqual([]);
  });

  it('names a module edited since it was measured, and one never measured', () => {
    const s = summary({ 'src/a.ts': measured(90, 'blob-a-before') });
    expect(audit(s, ['src/a.ts', 'src/b.ts'], blobOf)).toEqual(['src/a.ts: changed since it was measured (@abc1234)', 'src/b.ts: never measured']);
  });

  it('names a module under 85%, a total under 90% and a survivor left without a reason', () => {
    const s = summary({ 'src/a.ts': measured(84.9, 'blob-a', ['3:7 StringLiteral: ""']), 'src/b.ts': measured(95, 'blob-b') }, 89.9);
    expect(audit(s, ['src/a.ts', 'src/b.ts'], blobOf)).toEqual([
      'src/a.ts: 84.9% is under 85%',
      'all: 89.9% is under 90%',
      'src/a.ts 3:7 StringLiteral: "": no reason',
    ]);
  });

  it('names a survivor whose reason says only that nobody looked', () => {
    const s = summary({ 'src/a.ts': measured(90, 'blob-a', ['3:7 StringLiteral: "" — not examined: left for later', '4:1 Regex: /y/ — harmless: why']), 'src/b.ts': measured(95, 'blob-b') });
    expect(audit(s, ['src/a.ts', 'src/b.ts'], blobOf)).toEqual(['src/a.ts 3:7 StringLiteral: "": "not examined" is no reason (equivalent or harmless, and why)']);
  });

  it('names a measurement made before the file content was recorded, and a module no longer mutated', () => {
    const { blob: _, ...old } = measured(95, 'x');
    const s = summary({ 'src/a.ts': old, 'src/b.ts': measured(95, 'blob-b'), 'src/gone.ts': measured(95, 'g') });
    expect(audit(s, ['src/a.ts', 'src/b.ts'], blobOf)).toEqual([
      "src/a.ts: measured (@abc1234) before measurements named the file's content",
      'src/gone.ts: measured but no longer mutated',
    ]);
  });
});
