// Which items a line's label lists, for any issuer's label: a list of three or more, each item by its own words.
import { describe, expect, it } from 'vitest';
import { listedItems, namesSomeItems } from '../src/intents/recognisers/coordinated.js';
import { nameStems } from '../src/intents/text.js';

const said = (q: string) => new Set(nameStems(q));

describe('coordinated labels', () => {
  it('reads the items of a three-item list, and none from a two-word pair', () => {
    expect(listedItems('Revenue from hardware, software and services')).toHaveLength(3);
    expect(listedItems('Cash and cash equivalents')).toEqual([]);
    expect(listedItems('Research and development')).toEqual([]);
    // Variants of one thing sharing a word are no list of distinct items.
    expect(listedItems('Cash, cash equivalents, and restricted cash, end of period')).toEqual([]);
    // What follows the last item qualifies the list.
    expect(listedItems('Revenue from hardware, software and services, end of period')).toHaveLength(3);
  });
  it('one item named is not the whole list; every item named is', () => {
    const label = 'Revenue from hardware, software and services';
    expect(namesSomeItems(label, said('software revenue'))).toBe(true);
    expect(namesSomeItems(label, said('services revenue'))).toBe(true);
    expect(namesSomeItems(label, said('revenue from hardware software and services'))).toBe(false);
    expect(namesSomeItems(label, said('revenue'))).toBe(false);
    // The first item carries the head: its name alone is the shorthand for the list.
    expect(namesSomeItems(label, said('hardware revenue'))).toBe(false);
  });
  it('the later items without the first are some items, and the head\'s words name no item', () => {
    expect(namesSomeItems('Revenue from hardware, software and services', said('software and services revenue'))).toBe(true);
    const balance = 'Outstanding loan balance under capital-light model, ICE and other technology solutions';
    expect(namesSomeItems(balance, said('ice and other technology solutions loan balance'))).toBe(true);
    expect(namesSomeItems(balance, said('other technology solutions loan balance'))).toBe(true);
    expect(namesSomeItems(balance, said('capital light ice and other technology solutions loan balance'))).toBe(false);
    expect(namesSomeItems(balance, said('capital light loan balance'))).toBe(false);
  });
});
