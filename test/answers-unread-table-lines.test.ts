// A segment the release prints in a table the reader left out ("Automotive Parts", "Asset Management" of tables whose
// columns it could not date) is the release's own line: asked for, the bot says so with the table's line and why,
// never that it is another company, brand or place (hunt34 knm-02, knm-09, grb-09).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const kanemori = sharedEngine('eval/hl40/docs/kanemori-fy2026-2q.txt');
const graubach = sharedEngine('eval/hl17/docs/graubach-9m-2026.txt');

describe('a line of a table left unread', () => {
  // (Kanemori's segment table, headed "1H FY2026", is now dated by the fiscal year end the release states: own-name.ts.)
  for (const [q, figure] of [
    ['Automotive Parts segment profit this half', '6,041'],
    ['Industrial Machinery net sales', '356,220'],
  ]) {
    it(`"${q}" is read from the segment table once its fiscal names are dated`, () => {
      const a = kanemori.ask(q!, `ut-${q}`);
      expect(a.status).toBe('answer');
      expect(a.text).toContain(figure);
      expect(a.citations.map((c) => c.line)).toContain(q!.startsWith('Automotive') ? 40 : 38);
    });
  }

  it('a capitalised word of such a line is no company either', () => {
    const a = graubach.ask('Asset Management as a share of BOP', 'ut-asset');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('"Asset Management" in the table at line');
  });


  it('a name the release does not print stays unrecognised', () => {
    expect(kanemori.ask('Toyota revenue', 'ut-other').text).toContain("I don't recognise \"Toyota\"");
  });
});
