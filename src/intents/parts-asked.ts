// A frame's parts-of-a-whole check (frame.ts FRAME_CHECKS): "how much of SBC was booked in S&M vs G&A" asks a split
// of the whole named first by the lines named after it. Where the release places those lines under another whole
// (S&M and G&A are lines of the operating costs, not of share-based compensation) it does not split the first by
// them: declined, naming what it lacks, never the lines' own totals ranked or listed as if they answered it.
import type { Answer } from './answer.js';
import type { Checked } from './frame.js';
import { isPartOf } from './recognisers/expressions.js';
import { andJoined, inline, unknown } from './reply.js';

/** The words asking for a part of what follows: "how much of", "what portion of", "what part of". */
const PART_OF_NEXT = /\b(?:how\s+much|what\s+(?:part|portion|amount|proportion))\s+of\s+(?:the\s+|its\s+|their\s+)?$/;

export function partsNotSplit({ intent, frame, lex }: Checked): Answer | null {
  const whole = intent.metrics.find((m) => m.ids.length === 1 && PART_OF_NEXT.test(intent.text.slice(0, m.start)))?.ids[0];
  if (!whole || !frame.metrics.includes(whole)) return null;
  const parts = frame.metrics.filter((id) => id !== whole);
  // (Only lines the release places under another whole: a line stated piecemeal in prose may be a part no table shows;
  // lines beside the first under one total are its siblings, set against it: "net revenue from A vs B" read as A.)
  const elsewhere = (id: string) => {
    const parent = lex.kb.metrics.get(id)?.parent;
    return parent !== undefined && parent !== whole && parent !== lex.kb.metrics.get(whole)?.parent && !isPartOf(lex.kb, id, whole) && !isPartOf(lex.kb, whole, id);
  };
  if (!parts.length || !parts.every(elsewhere)) return null;
  const named = andJoined(parts.map((id) => inline(lex.matcher.label(id))));
  const under = andJoined([...new Set(parts.map((id) => inline(lex.matcher.label(lex.kb.metrics.get(id)!.parent!))))]);
  return unknown(`The release gives ${inline(lex.matcher.label(whole))} only as a whole: it doesn't split it by ${named}, ${parts.length > 1 ? `which are lines of ${under}, not parts of it` : `a line of ${under}, not a part of it`}. I can give each figure on its own.`, 'not-in-release');
}
