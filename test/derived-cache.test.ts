// What is derived from the releases (the whole load, with the load checks' findings; the names of the lines) is cached on
// disk beside the parsed releases: a second start reads it and answers the same, and a change to any
// file it comes from (here, the aliases file beside a release) is a miss, never a stale name.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBot } from '../src/open.js';
import { edited } from './knowledge-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'qfin-derived-'));
const cache = join(dir, 'cache');
const release = join(dir, 'tampered.md');
const aliases = join(dir, 'tampered.aliases.json');
const nameFor = (name: string) => writeFileSync(aliases, JSON.stringify({ issuer: 'QFIN', names: { 'Funding costs': [name] } }));
const open = async () => (await openBot({ releases: [release] })).engine;
/** The whole answer as a person sees it: its text and its citations. */
const text = (reply: object) => JSON.stringify(reply);

describe('the cache of what is derived from the releases', () => {
  const ambient = { dir: process.env['QFIN_CACHE_DIR'], on: process.env['QFIN_CACHE'] };
  beforeAll(() => {
    process.env['QFIN_CACHE_DIR'] = cache;
    delete process.env['QFIN_CACHE'];
    // Funding costs one higher: its total no longer adds up, so a load check flags it.
    writeFileSync(release, edited([{ line: 279, from: '155,963', to: '155,964' }]));
    nameFor('widget spend');
  });
  afterAll(() => {
    for (const [k, v] of [['QFIN_CACHE_DIR', ambient.dir], ['QFIN_CACHE', ambient.on]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('answers the same from the cache, with the load check’s note, and a changed aliases file is read again', async () => {
    const q = 'widget spend in Q1 2024';
    const cold = text((await open()).ask(q, 'c1'));
    expect(cold).toContain('155,964');
    expect(cold).toMatch(/failed a load check/);
    expect(readdirSync(cache).filter((f) => /^(?:names|loaded)-/.test(f)).length).toBe(2);
    expect(text((await open()).ask(q, 'c2'))).toBe(cold);
    nameFor('gadget spend');
    const renamed = await open();
    expect(text(renamed.ask('gadget spend in Q1 2024', 'c3'))).toBe(cold);
    expect(text(renamed.ask(q, 'c4'))).not.toContain('155,964');
  });
});
