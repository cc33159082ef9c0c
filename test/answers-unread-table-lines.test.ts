// A segment the release prints in a table the reader left out ("Automotive Parts", "Asset Management" of tables whose
// columns it could not date) is the release's own line: asked for, the bot says so with the table's line and why,
// never that it is another company, brand or place (hunt34 knm-02, knm-09, grb-09).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

const kanemori = sharedEngine('eval/hl40/docs/kanemori-fy2026-2q.txt');
const graubach = sharedEngine('eval/hl17/docs/graubach-9m-2026.txt');

describe('a line of a table left unread', () => {
  for (const [q, label] of [
    ['Automotive Parts segment profit this half', 'Automotive Parts'],
    ['Electronic Components segment margin 1H FY2026', 'Electronic Components'],
    ['Industrial Machinery net sales', 'Industrial Machinery'],
  ]) {
    it(`"${q}" names the unread table, no other company`, () => {
      const a = kanemori.ask(q!, `ut-${q}`);
      expect(a.status).toBe('unknown');
      expect(a.text).not.toMatch(/another company/);
      expect(a.text).toContain(`"${label}" in the table at line 38`);
    });
  }

  it('a capitalised word of such a line is no company either', () => {
    const a = graubach.ask('Asset Management as a share of BOP', 'ut-asset');
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('"Asset Management" in the table at line');
  });

  // (Its words were no words of any line read, so "why were automotive parts sales down" was given the group's reason for net sales.)
  it.each(['why were automotive parts sales down', 'why did parts sales fall'])('%s: the reason of such a line is not another line\'s', (q) => {
    const a = kanemori.ask(q, `ut-${q}`);
    expect(a.status).toBe('unknown');
    expect(a.text).toContain('"Automotive Parts" in the table at line 38');
  });

  it('a name the release does not print stays unrecognised', () => {
    expect(kanemori.ask('Toyota revenue', 'ut-other').text).toContain("I don't recognise \"Toyota\"");
  });
});
