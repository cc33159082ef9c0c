// Markdown pipe tables' rows: with their outer pipes, without them (as GitHub allows), and the delimiter row under a header.

/** A cell of a pipe table's delimiter row, as GitHub reads one: one or more dashes, a colon on either side or both. */
export const isRuleCell = (c: string) => /^:?-+:?$/.test(c);
export const isRule = (raw: string) => Boolean(pipeCells(raw)?.every(isRuleCell));

/** The cells of a markdown pipe-table row ("| Total | 48.7 | 47.3 |"), or null for any other line. */
export function pipeCells(raw: string): string[] | null {
  if (!/^\s*\|.*\|\s*$/.test(raw)) return null;
  return raw.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
}

/** A delimiter row of a pipe table ("---|---:|---:", "| :-- | --: |", "-|-:"): two or more cells of dashes. */
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

/**
 * A pipe-table row printed without its outer pipes ("£ million | Q3 2026/27 | Change"), as GitHub's
 * tables allow: a header row has a delimiter row under it, a body row follows a pipe table's rows (inTable);
 * any other line with a "|" stays text.
 */
export function bareRow(lines: string[], i: number, inTable: boolean): string[] | null {
  const raw = lines[i]!;
  if (!raw.includes('|')) return null;
  const open = DELIMITER.test(lines[i + 1] ?? '') || DELIMITER.test(raw) || inTable;
  return open ? raw.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim()) : null;
}
