// What management said about the outlook, and the guidance read from it (hunt28, classes G, G3, B, C): the
// outlook question quoted datelines, headlines and contact lines on every release, and guidance was misread
// (an assumption said as expected, a heading's "(UNCHANGED)" in a line's name, a past charge "we do not expect
// to recur" as guidance, "take delivery of three additional" as a line, the full year answered for "next
// quarter", an HTML list's ranges left without their period). Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';
import { inlineEngine } from './support/inline.js';

/** A calendar-year Q3 release: an outlook section (next quarter, full year, an assumption), a guidance list under a status heading, a safe harbour and a contact. */
const brightwater = () => [
  '# Synthetic Brightwater Logistics Inc. Reports Third Quarter 2026 Results',
  '',
  '**DENVER, November 4, 2026** -- Synthetic Brightwater Logistics Inc. today reported results for the third quarter ended September 30, 2026.',
  '',
  '| (in millions) | Q3 2026 | Q3 2025 |',
  '|---|---|---|',
  '| Revenue | 402.0 | 371.5 |',
  '| Operating income | 61.2 | 55.0 |',
  '',
  'For 2026, other expenses consisted of litigation related charges totaling $42 million that we do not expect to recur.',
  '',
  '## Outlook',
  '',
  'For the fourth quarter of 2026, Brightwater expects revenue of $410 million to $420 million.',
  'For the full year 2026, Brightwater now expects adjusted EBITDA of $610 million to $630 million.',
  'The outlook assumes an average diesel price of 95 cents per litre.',
  'The company also plans to take delivery of three additional 12,000 TEU vessels in the first half of 2027.',
  '',
  '## 2026 GUIDANCE (UNCHANGED)',
  '',
  '- Capital expenditure: $120 million to $130 million',
  '',
  '## Forward-Looking Statements',
  '',
  'Words such as "expects," "anticipates" and "outlook" identify forward-looking statements, which involve risks and uncertainties; actual results may differ materially.',
  '',
  'Contact: Investor Relations, ir@brightwater.example',
];

/** The same release with no outlook: only its dateline, results, safe harbour and contact. */
const quiet = () => brightwater().filter((_, k) => k < 11 || k > 30);

/** An HTML release whose outlook lists its ranges under a sentence ending on a colon that names the period (after another sentence naming another). */
const listed = () => [
  '<html><body>',
  '<h1>Synthetic Larkspan Software Reports Third Quarter Fiscal 2026 Results</h1>',
  '<p>Larkspan Software today reported results for its third quarter of fiscal 2026, ended October 31, 2025. Total revenue was $267.2 million.</p>',
  '<h2>Financial Outlook</h2>',
  '<p>For the fourth quarter of fiscal 2026, ending January 31, 2026, Larkspan expects:</p>',
  '<ul>',
  '<li>Total revenue of $276.0 million to $278.0 million.</li>',
  '</ul>',
  '<p>For the fourth quarter, subscription revenue is expected to grow. For the full fiscal year 2026, Larkspan now expects:</p>',
  '<ul>',
  '<li>Free cash flow of $220 million to $225 million.</li>',
  '</ul>',
  '</body></html>',
];

describe('what management said about the outlook', () => {
  it('quotes the outlook sentences, never the dateline, the safe harbour or the contact line', () => {
    const a = inlineEngine(brightwater()).ask('what did management say about the outlook?', 'o');
    expect(a.status).toBe('answer');
    expect(a.text).toContain('For the fourth quarter of 2026, Brightwater expects revenue of $410 million to $420 million.');
    expect(a.text).toContain('The outlook assumes an average diesel price of 95 cents per litre.');
    expect(a.text).toContain('Capital expenditure: $120 million to $130 million');
    expect(a.text).not.toMatch(/DENVER|ir@brightwater|forward-looking statements|do not expect to recur/);
  });

  // (r51-204: "outlook commentary - what is mgmt planning" quoted the safe harbour, which names the outlook, management and plans.)
  it("reads management's plans as the outlook asked, and never answers with the safe harbour", () => {
    for (const q of ['outlook commentary - what is mgmt planning', 'outlook commentary: what did management say?']) {
      const a = inlineEngine(brightwater()).ask(q, q);
      expect(a.text, q).toContain('For the fourth quarter of 2026, Brightwater expects revenue of $410 million to $420 million.');
      expect(a.text, q).not.toMatch(/forward-looking statements/);
    }
    for (const q of ['what did they say about actual results and risks?', 'what words identify statements?']) {
      expect(inlineEngine(quiet()).ask(q, q).text, q).not.toMatch(/differ materially/);
    }
    // Asked about itself, the safe harbour is the answer.
    // On the shipped release: its plans are the outlook's; asked about itself, the safe harbour is the answer.
    const shipped = sharedEngine();
    expect(shipped.ask('what did they say about the business outlook and plans?', 'p').text).toMatch(/prudent approach/);
    expect(shipped.ask('what did they say about forward-looking statements?', 'f').text).toMatch(/safe harbor/);
  });

  it('declines where the release gives no outlook', () => {
    for (const q of ['what did management say about the outlook?', 'any comments on the outlook?', 'what did they say about guidance?']) {
      const a = inlineEngine(quiet()).ask(q, q);
      expect(a.status, q).toBe('unknown');
      expect(a.text, q).toBe('The release gives no outlook.');
    }
  });
});

describe('guidance read from the outlook', () => {
  it('never says an assumption, a heading word, a denied expectation or a planned act as expected', () => {
    const a = inlineEngine(brightwater()).ask('guidance?', 'g');
    expect(a.text).toContain('the company expects Capital expenditure between $120 million and $130 million.');
    expect(a.text).not.toMatch(/UNCHANGED|assumes|diesel|litigation|Take delivery|vessels/i);
  });

  it('answers "next quarter" with the quarter after the release\'s own, and "full year" with the year it lies in', () => {
    const e = inlineEngine(brightwater());
    const next = e.ask('guidance for next quarter?', 'n');
    expect(next.text).toContain('For Q4 2026, the company expects Revenue between $410 million and $420 million.');
    expect(next.text).not.toContain('EBITDA');
    const year = e.ask('full year guidance?', 'y');
    expect(year.text).toContain('Adjusted EBITDA between $610 million and $630 million');
    expect(year.text).not.toContain('$410 million');
  });

  it('quotes the outlook sentence where it reads no range, and declines where there is none', () => {
    const said = inlineEngine([...quiet(), '', '## Outlook', '', 'For the fourth quarter, management expects container volumes to be flat, and plans to take delivery of three additional 12,000 TEU vessels in 1H 2027.']).ask('guidance?', 'g');
    expect(said.text).toContain('“For the fourth quarter, management expects container volumes to be flat');
    expect(said.text).not.toMatch(/the company expects Take/);
    expect(inlineEngine(quiet()).ask('guidance?', 'g').text).toBe('The release gives no outlook.');
  });

  it('gives an HTML list its period from the sentence that introduces it', () => {
    const e = inlineEngine(listed(), 'larkspan.html');
    const next = e.ask('guidance for next quarter?', 'n');
    expect(next.text).toContain('Total revenue between $276.0 million and $278.0 million');
    expect(next.text).not.toContain('Free cash flow');
    expect(e.ask('full year guidance?', 'y').text).toContain('Free cash flow between $220 million and $225 million');
  });
});
