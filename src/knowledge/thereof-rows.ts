// Rows a table states as parts of the line above them ("Gross written premiums" / "  thereof Life/Health", "of which
// online"): each is named by its own words under that line, and is a part of it. Read as a line of their own
// ("thereof Life/Health"), a share of the whole asked by the part's name took a line of that name from another
// table (the segment's operating result over the premiums).
import type { Metric } from './release.js';
import type { TableLine } from './tables.js';

const PART_ROW = /^(?:thereof|whereof|of which|o\/w)\b[:,]?\s+(?=\S)/i;

/**
 * The part rows of a table's lines, each with the line it is a part of (the nearest line above it that is no part
 * row); their labels lose the lead word and their parents gain the whole's label, so they are named under it.
 */
export function partRows(lines: TableLine[]): Map<TableLine, TableLine> {
  const wholes = new Map<TableLine, TableLine>();
  let whole: TableLine | undefined;
  for (const line of lines) {
    if (!PART_ROW.test(line.label)) {
      whole = line;
      continue;
    }
    if (!whole) continue;
    line.label = line.label.replace(PART_ROW, '');
    line.parents = [...line.parents, whole.label];
    wholes.set(line, whole);
  }
  return wholes;
}

/** Each part row's line is a part of its whole's (a line the table adds up into a total keeps that total as its whole). */
export function partsOfWholes(wholes: Map<TableLine, TableLine>, idOf: Map<TableLine, string>, metrics: Map<string, Metric>): void {
  for (const [part, whole] of wholes) {
    const [p, w] = [metrics.get(idOf.get(part) ?? ''), idOf.get(whole)];
    if (p && w && !p.parent) p.partOf = w;
  }
}
