// Year-to-date columns named by a fiscal year ("YTD FY28 | YTD FY27") in a release that names its quarter by the
// fiscal year ("the second quarter of fiscal 2028, the three months ended March 31, 2028") (hl52 Boreal). The tables
// were read against the quarter the prose dates, with no fiscal name: "YTD FY28" was a year "after the release's
// own" and left unread, and "YTD FY27" was read as the twelve months to the quarter's end, then named fiscal 2027, so
// "sales in fiscal 2027?" answered the six months' figure as the full year. The issuer and figures are made up.
import { describe, expect, it } from 'vitest';
import { inlineEngine, inlineRelease } from './support/inline.js';

const RELEASE = [
  'KESTREL MILLING INC.',
  '',
  'Kestrel Milling Reports Second Quarter Fiscal 2028 Results',
  '',
  'Kestrel Milling Inc. today reported results for the second quarter of fiscal 2028, the three months ended March 31, 2028.',
  '',
  'FINANCIAL HIGHLIGHTS',
  '',
  '(C$ millions)\tQ2 FY28\tQ1 FY28\tQ2 FY27\tYTD FY28\tYTD FY27',
  'Net sales\t402.7\t388.4\t371.9\t791.1\t735.6',
  'Operating earnings\t31.2\t29.8\t24.6\t61.0\t50.3',
  '',
];

const periods = (metric: string) =>
  inlineRelease(RELEASE, 'kestrel-q2fy28.txt')
    .facts.filter((f) => f.metric === metric && f.source === 'table')
    .map((f) => (f.period.kind === 'duration' ? `${f.period.months}M-${f.period.end} ${f.value.toString()}` : f.period.date));

describe('fiscal year-to-date columns', () => {
  it('reads "YTD FY28" and "YTD FY27" as the six months from the fiscal year\'s start, each year', () => {
    const release = inlineRelease(RELEASE, 'kestrel-q2fy28.txt');
    expect(release.skipped).toEqual([]);
    expect(periods('net_sales')).toEqual(['3M-2028-03-31 402.7', '3M-2027-12-31 388.4', '3M-2027-03-31 371.9', '6M-2028-03-31 791.1', '6M-2027-03-31 735.6']);
  });

  const engine = inlineEngine(RELEASE, 'kestrel-q2fy28.txt');
  it('answers the year to date, and never gives it as the full fiscal year', () => {
    expect(engine.ask('net sales YTD FY28?', 'a').text).toContain('C$791.1 million');
    const full = engine.ask('net sales in fiscal 2027?', 'b');
    expect(full.status).not.toBe('answer');
    expect(full.text).not.toContain('735.6');
  });
});
