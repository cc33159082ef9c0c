// The text reader's label searches (knowledge/label-index.ts) by index: the same answers the scan of every
// label gave (every whole phrase, the longest among them, ties to the earlier metric; the most similar label, at least 0.6),
// on made-up lines and on every sentence and phrase of the seed release.
import { describe, expect, it } from 'vitest';
import { labelIndex, linesNamed, mostSimilar } from '../src/knowledge/label-index.js';
import { similarity } from '../src/knowledge/labels.js';
import type { Metric } from '../src/knowledge/release.js';
import { buildRelease } from '../src/knowledge/build.js';
import { readRelease } from '../src/knowledge/document.js';
import { RELEASE } from './knowledge-helpers.js';

const metric = (id: string, ...labels: string[]): Metric => ({ id, label: labels[0]!, labels, statement: '', children: [], source: 'table' });
const metricsOf = (...ms: Metric[]) => new Map(ms.map((m) => [m.id, m]));

/** The scans the index replaced, as the reference. */
function scanLongest(metrics: Map<string, Metric>, before: string): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const m of metrics.values()) {
    for (const l of m.labels) {
      const at = before.indexOf(l.toLowerCase());
      const whole = at >= 0 && !/\w/.test(before[at - 1] ?? '') && !/\w/.test(before[at + l.length] ?? '');
      if (whole && l.length > 2 && (!best || l.length > best.length)) best = { id: m.id, length: l.length };
    }
  }
  return best?.id;
}
function scanSimilar(metrics: Map<string, Metric>, phrase: string): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const m of metrics.values()) {
    const score = Math.max(...m.labels.map((l) => (l.toLowerCase().startsWith(phrase.toLowerCase()) ? 1 : similarity(l, phrase))));
    if (score >= 0.6 && (!best || score > best.score)) best = { id: m.id, score };
  }
  return best?.id;
}

describe('label index', () => {
  const metrics = metricsOf(metric('rev', 'Total revenues', 'Revenue'), metric('net', 'Net income'), metric('net2', 'Net income'), metric('paren', '(Loss) income'), metric('op', 'Operating income'));
  const index = labelIndex(metrics);

  const named = (text: string) => linesNamed(index, text).map((l) => l.id);
  it('finds every label printed as a whole phrase, in order, the earlier metric on a tie, none inside a longer one', () => {
    expect(named('total revenues and net income rose ')).toEqual(['rev', 'net']);
    expect(named('net income rose ')).toEqual(['net']);
    expect(named('netincome rose ')).toEqual([]);
    expect(named('the (loss) income line ')).toEqual(['paren']);
    expect(named('operating incomes ')).toEqual([]);
    expect(linesNamed(index, 'revenue grew while net income fell')).toEqual([{ id: 'rev', at: 0 }, { id: 'net', at: 19 }]);
  });

  it('finds the most similar label, or one the phrase begins', () => {
    expect(mostSimilar(index, 'revenues')).toBe('rev');
    expect(mostSimilar(index, 'operat')).toBe('op');
    expect(mostSimilar(index, 'income, net')).toBe('net');
    expect(mostSimilar(index, 'loan volume')).toBeUndefined();
  });

  it("answers as the scans did for every sentence and phrase of the seed's text", () => {
    const release = buildRelease(readRelease(RELEASE));
    const seedIndex = labelIndex(release.metrics);
    const texts = release.texts.map((t) => t.text.toLowerCase());
    const phrases = [...new Set([...release.texts.map((t) => t.subject), ...release.facts.map((f) => f.label)])];
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) {
      const longest = scanLongest(release.metrics, t);
      const ids = linesNamed(seedIndex, t).map((l) => l.id);
      if (longest) expect(ids).toContain(longest);
      else expect(ids).toEqual([]);
    }
    for (const p of phrases) expect(mostSimilar(seedIndex, p)).toBe(scanSimilar(release.metrics, p));
  });
});
