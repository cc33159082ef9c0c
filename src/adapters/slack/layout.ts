// Layout of an answer's text in Block Kit, beyond plain sections. Formatting only: the words and
// figures are the Answer's, in its order.
import type { types } from '@slack/bolt';
import { HOW_LINE } from '../sources.js';

/** A run of "- name: figure" lines (a summary, a breakdown), shown as a two-column table. */
const ITEM = /^- ([^:\n]+): (.+)$/;
const MAX_ROWS = 100;

export interface Laid {
  /** The text shown as sections, with the table's lines taken out (the table shows them). */
  text: string;
  /** The whole text but the "How:" line: the message's fallback, for notifications. */
  fallback: string;
  table?: types.KnownBlock;
}

/**
 * Takes the first run of at least two "- name: figure" lines out of `text` into a table block, and
 * drops the "How: …" line when the derivations are shown one per line below (else "How:" reads twice).
 */
export function layOut(text: string, hasDerivations: boolean): Laid {
  const lines = text.split('\n').filter((l) => !(hasDerivations && HOW_LINE.test(l)));
  const start = lines.findIndex((l, i) => ITEM.test(l) && ITEM.test(lines[i + 1] ?? ''));
  const fallback = lines.join('\n');
  if (start < 0) return { text: fallback, fallback };
  let end = start;
  while (end < lines.length && end - start < MAX_ROWS && ITEM.test(lines[end]!)) end++;
  const rows = lines.slice(start, end).map((l) => {
    const [, name, value] = ITEM.exec(l)!;
    return [cell(name!), cell(value!)];
  });
  const table: types.KnownBlock = { type: 'table', rows, column_settings: [{ is_wrapped: true }, { is_wrapped: true }] };
  return { text: [...lines.slice(0, start), ...lines.slice(end)].join('\n'), fallback, table };
}

const cell = (text: string): types.RawTextElement => ({ type: 'raw_text', text: text.trim() || '…' });
