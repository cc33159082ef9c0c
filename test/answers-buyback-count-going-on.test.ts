// A count bought said as the sentence goes on ("completed the £100m buyback ..., repurchasing 38.2m shares") is the
// count bought: asked the shares repurchased, the count answers, never the plan's amount or size in its place.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const engine = sharedEngine('eval/hl39/docs/hartwell-fy26.txt');

describe('the count bought said as the sentence goes on', () => {
  it('answers the shares repurchased with the count', () => {
    for (const q of ['buyback shares repurchased?', 'shares repurchased under the buyback?']) {
      const a = engine.ask(q, q);
      expect(a.text).toMatch(/^Shares[^\n]*38\.2 million shares/m);
      expect(a.text).not.toContain('£150');
      expect(a.citations.map((c) => c.line)).toContain(115);
    }
  });
});
