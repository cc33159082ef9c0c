// A unit printed on a section row of a table ("NETBACKS ($/boe)", "Production (boe/d)", "Customers (000s)") is
// the unit of the lines under it that state none of their own: read at the table's note instead, a netback of
// "32.76" $/boe was taken for $32.76 thousand. The unit is moved into each such line's label, in parentheses,
// where the row-unit rules (row-units.ts) read it, as a line printing it would.
import { rowUnit, unitFree } from './row-units.js';
import { withUnit } from './unit-cells.js';
import { GENERIC } from './table-units.js';

/** The unit a section row's label states in its last parentheses, when the row-unit rules read one there; else ''. */
function sectionUnit(section: string): string {
  const inner = /\(([^()]+)\)\s*$/.exec(section)?.[1]?.trim() ?? '';
  return inner && rowUnit(`x (${inner})`, '') ? inner : '';
}

/**
 * A line's label with the unit of the innermost section that states one (`sections` outermost first), unless it states
 * its own, or is named only with its section's name ("Basic" under "Weighted average shares (in thousands)"), which holds the unit.
 */
export function inSectionUnit(label: string, sections: string[]): string {
  const unit = sections.map(sectionUnit).filter(Boolean).pop();
  return unit && !GENERIC.test(label) && unitFree(label) === label && !rowUnit(label, '') ? withUnit(label, unit) : label;
}
