// Several companies at once: loaded releases grouped by their issuer (from each document: its ticker,
// else its name without a legal suffix), one knowledge base, and so one history, per company. A
// company that renamed itself keeps one ticker ("360 Finance" and "Qifu Technology" are both QFIN).
import { foldGuidance, unifyMetrics } from './history.js';
import { KnowledgeBase } from './kb.js';
import { periodEnd } from './period.js';
import type { Release } from './release.js';

export interface Company {
  /** Its identity across releases: the ticker, else the name, lower-cased, without a legal suffix. */
  key: string;
  /** The name its latest release goes by, in its short form ("Qifu Technology"). */
  name: string;
  ticker?: string;
  /** Every name and ticker its releases use, as printed. */
  names: string[];
  kb: KnowledgeBase;
}

const SUFFIX = /,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Co\.?|Company|Ltd\.?|Limited|plc|PLC|N\.V\.|S\.A\.|AG|SE|Holdings?|Group)$/i;

/** A name without its legal suffixes, lower-cased: "LexinFintech Holdings Ltd." → "lexinfintech". */
export function plainName(name: string): string {
  let n = name.trim();
  for (let shorter = n.replace(SUFFIX, ''); shorter !== n && shorter; shorter = n.replace(SUFFIX, '')) n = shorter;
  return n.replace(/^the\s+/i, '').toLowerCase();
}

const latestFirst = (a: Release, b: Release) => periodEnd(b.quarter).localeCompare(periodEnd(a.quarter));

/** Releases grouped by issuer, the company of the latest quarter first. */
export function groupByIssuer(releases: Release[]): Company[] {
  const groups = new Map<string, Release[]>();
  for (const r of [...releases].sort(latestFirst)) {
    const key = r.issuer.ticker ?? plainName(r.issuer.name);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups].map(([key, rs]) => {
    const issuer = rs[0]!.issuer;
    const names = [...new Set(rs.flatMap((r) => [...r.issuer.names, ...(r.issuer.ticker ? [r.issuer.ticker] : [])]))];
    // The document's own short form ("Qifu Technology" for "Qifu Technology, Inc.").
    return { key, name: issuer.names[1] ?? issuer.name, ...(issuer.ticker ? { ticker: issuer.ticker } : {}), names, kb: new KnowledgeBase(foldGuidance(unifyMetrics(rs))) };
  });
}
