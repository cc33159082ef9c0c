// The document's standing note ("All amounts are in thousands of Canadian dollars, except per unit amounts and
// unless otherwise noted."), a sentence of its prose: the unit of every later table that states no scale of its own,
// in its note, title or header row (a table with its own unit keeps its own). Text and HTML releases alike.
import { standing, type Block } from './blocks.js';
import { NOTE_SCALES, statesUnscaledUnit } from './numbers.js';

const PER_SHARE_TITLE = /\bdividends?\b|\bper share\b/i;

/** Whether a table states a scale of its own: in its unit note or its header row ("Q3 2026 ($000s)"). */
const ownScale = (note: string, header: string[] = []) => NOTE_SCALES.some(([re]) => re.test(note) || header.some((c) => re.test(c)));

export function withStandingNote(blocks: Block[]): Block[] {
  let note = '';
  for (const b of blocks) {
    // (A table of dividends or other per-share figures holds no amounts at the note's scale: "24.00" is no ¥24 million.)
    // (Nor does one of prices per unit, multiples or percentages: "($/boe)" in its corner.)
    if (b.kind === 'table' && note && !ownScale(b.unitNote, b.rows[0]?.cells) && !PER_SHARE_TITLE.test(b.title) && !statesUnscaledUnit(b.title, b.corner ?? b.rows[0]?.cells[0]))
      b.unitNote = `${b.unitNote} ${note}`.trim();
    else if (b.kind !== 'table' && b.kind !== 'heading') note = b.text.split(/(?<=[.;])\s+/).find(standing) ?? note;
  }
  return blocks;
}
