// A line printed with what it leaves out ("Utilisation excl. trainees (%)") is what its head names where no other
// line does: "utilisation" was declined (hunt34 vnx-15) though the release's prose calls 85.6% its utilisation.
// Where another line carries the head ("Net debt excluding leases" beside "Net debt including leases"), none is chosen.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from './support/engines.js';

describe('the head of a line that excludes a part', () => {
  it.each(['utilisation', 'utilisation q2', 'utilization yoy'])('answers "%s" with the only line measuring it', (q) => {
    const a = sharedEngine('eval/hl40/docs/veritasnexa-q2fy27.md').ask(q, q);
    expect(a.status, a.text).toBe('answer');
    expect(a.text).toMatch(/^Utilisation excl\. trainees \(%\) were 85\.6% in fiscal Q2 2027/);
  });
  it('never picks one of two lines that share the head', () => {
    const a = sharedEngine('eval/hl12/docs/veltrana-q3-fy27.md').ask('net debt', 'nd');
    expect(a.status).not.toBe('answer');
  });
});
