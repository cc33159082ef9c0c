// The on-disk cache lists where each Decimal and knowledge base stands in a value, and sets them back on
// a read without walking the value: wherever they stand (an array, a field, a Map's value, shared by two
// holders, the value itself), a read gives back what was stored; what cannot be set back is not cached.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cachedDerived, derivedOnly, sourceOf } from '../src/knowledge/cache.js';
import { KnowledgeBase } from '../src/knowledge/kb.js';
import { loadKnowledge } from '../src/knowledge/load.js';

const dir = mkdtempSync(join(tmpdir(), 'qfin-plain-'));
const file = join(dir, 'source.txt');
writeFileSync(file, 'any bytes');
const source = sourceOf([file]);
const roundTrip = <T>(what: string, value: T): T | undefined => {
  cachedDerived(what, source, '', () => value, dir);
  return derivedOnly<T>(what, source, '', dir);
};

describe('the cache keeps Decimals and knowledge bases wherever they stand', () => {
  // The mutation suite runs with the cache off (QFIN_CACHE=0); this suite is about the cache itself.
  beforeAll(() => vi.stubEnv('QFIN_CACHE', '1'));
  afterAll(() => vi.unstubAllEnvs());
  it('sets back Decimals in arrays, fields, Map values, shared ones, and a Decimal alone', () => {
    const shared = new Decimal('4153183.5');
    const value = { list: [new Decimal('-0.25'), 7], field: { v: shared, again: shared }, byKey: new Map([['a', new Decimal('1e-7')]]) };
    const back = roundTrip('plain', value)!;
    expect(back.list[0]).toBeInstanceOf(Decimal);
    expect(back.list[0]!.toString()).toBe('-0.25');
    expect(back.field.v.equals(shared) && back.field.again.equals(shared)).toBe(true);
    expect(back.byKey.get('a')!.toString()).toBe('1e-7');
    expect(back.byKey.get('a')!.plus(1).toString()).toBe('1.0000001');
    expect(roundTrip('alone', new Decimal('12.5'))!.times(2).toString()).toBe('25');
  });

  it('gives a knowledge base its class again, with its facts', () => {
    const { kb } = loadKnowledge(['data/releases/qfin-2024q1.md'], () => {});
    const back = roundTrip('kb', { kb })!.kb;
    expect(back).toBeInstanceOf(KnowledgeBase);
    expect(back.releases[0]!.facts.length).toBe(kb.releases[0]!.facts.length);
    expect(back.releases[0]!.facts.map((f) => f.value.toString())).toEqual(kb.releases[0]!.facts.map((f) => f.value.toString()));
  });

  it('does not cache a Decimal as a Map key, nor a function: derived again', () => {
    expect(roundTrip('keyed', new Map([[new Decimal(1), 'x']]))).toBeUndefined();
    expect(roundTrip('fn', { f: () => 1 })).toBeUndefined();
  });
});
