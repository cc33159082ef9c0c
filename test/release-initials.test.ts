// The initials an analyst types for words a release prints spelled out and never shortens (naming/release-initials.ts):
// each a positive or a negative example, against labels and prose of the kinds releases print.
import { describe, expect, it } from 'vitest';
import { releaseInitials, spellInitials } from '../src/intents/naming/release-initials.js';

const LABELS = ['Revenue from loans facilitated through our platform', 'Combined ratio (non-life)', 'Non-life combined ratio', 'Gross written non-life premiums', 'Same-property NOI', 'IFRS net asset value per unit', 'Fashion & Leather Goods', 'Watches and Jewellery', 'Provision expense', 'Property operating expenses', 'Cost of revenue', 'Gross leasable area (millions of sq. ft.)', 'All-in sustaining cost per ounce', 'Return on invested capital (rolling 12 months)', 'Weighted average cost of capital', 'The Group will pay an increased dividend of 8.0p'];
const PROSE = ['Under its normal course issuer bid, the REIT purchased 412,600 units.', 'Distributions and Normal Course Issuer Bid', 'Revenue grew at Pacific Sands and Port Stanley.'];
const initials = releaseInitials(LABELS, PROSE);
const read = (q: string, taken: (w: string) => boolean = () => false) => spellInitials(q, initials, taken);

describe("a release's words by their initials", () => {
  it.each([
    ['industrial sp noi q3', 'industrial same-property noi q3'], // one hyphenated compound: two letters
    ['ifrs nav per unit', 'ifrs net asset value per unit'],
    ['units bought under the ncib', 'units bought under the normal course issuer bid'], // a heading's capitalised name
    ['9m w&j revenue', '9m watches & jewellery revenue'], // "and" printed, "&" typed
    ['f&lg share of revenue', 'fashion & leather goods share of revenue'],
    ['gla at sep 30', 'gross leasable area at sep 30'],
    ['aisc per ounce', 'all-in sustaining cost per ounce'], // a joining word inside a hyphenated word is a letter of it
    ['roic in h1', 'return on invested capital in h1'], // or a joining word a letter of its own
    ['ric in h1', 'return on invested capital in h1'], // (as it may be left out)
    ['wacc at year end', 'weighted average cost of capital at year end'], // a name's joining word kept, the name whole
  ])('"%s" → "%s"', (q, want) => expect(read(q)).toBe(want));

  it.each([
    ['pe ratio', 'two letters of two plain words are too many things ("Provision expense")'],
    ['cr q3', 'nor is a joining word a letter ("Cost of revenue")'],
    ['ps q3', '"Pacific Sands" and "Port Stanley" are both PS: read as neither'],
    ['pob', 'lower-case prose makes no run ("purchased ... bid" is no name)'],
    ['noi', 'a word the release prints is no initialism'],
    ['lcr', 'a run never starts inside a hyphenated word ("Non-life combined ratio" is no LCR; hl4 aldermoor answered the LCR with it)'],
    ['gwn', 'nor ends inside one ("Gross written non-life premiums")'],
    ['dividends paid h1', 'a joining word\'s letter only in a whole name\'s initials ("pay an increased dividend" inside a sentence is no PAID; hunt38 kit-09 answered the interim dividend per share)'],
    ['top 3 revenue lines', 'no run starts or ends on a function word ("through our platform" is no TOP; r12 hd-29 and r28-140 were declined as naming it)'],
  ])('"%s" stays as typed: %s', (q) => expect(read(q, (w) => w === 'noi')).toBe(q));

  it('a word the bot knows stays that word', () => expect(read('nav q3', (w) => w === 'nav')).toBe('nav q3'));
});
