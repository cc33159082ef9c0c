// Tables in plain text whose cells are parted by bars but that have no grid borders ("Revenue | 1.437,2 |
// 1.352,6 | +6,3", a header row and a rule of dashes over them), set as the fixed-width tables the text
// reader reads. A label longer than its column pushes its row's bars right ("Amortisation from purchase
// price allocation|  14,6 |"), so the columns are the bars counted, not their places: each cell is set
// flush right in its column's width. Quotes are taken from the printed lines (build.ts), so a cell's
// place here is only the reader's.
//   header row   a line with a bar, right over a rule ("------") that has none
//   body rows    the lines under the rule with as many bars as the header or fewer (a trailing empty cell
//                may be left off), up to a line with none
// A run that opens otherwise is left as printed: no table is guessed.

/** A line of dashes alone (or "=" or "-+-" between columns): a rule under headers. */
const RULE = /^\s*[-=]{3,}[-=+\s]*$/;

/** A line with a bar between cells; one opening on a bar is a grid's or markdown's row, read by their readers. */
const barred = (line: string) => line.includes('|') && !line.startsWith('|');

const cellsOf = (line: string) => line.split('|').map((c) => c.trim());

/** A text's lines with each bar table set as a fixed-width table; as many lines, each in its place. */
export function unbar(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = lines[i]!;
    if (!barred(header) || !RULE.test(lines[i + 1]!)) continue;
    const bars = cellsOf(header).length;
    let end = i + 2;
    while (end < lines.length && barred(lines[end]!) && cellsOf(lines[end]!).length <= bars) end++;
    if (end === i + 2) continue;
    out.splice(i, end - i, ...fixedWidth(lines.slice(i, end), bars));
    i = end - 1;
  }
  return out;
}

/** The header, its rule and the rows, each cell after the label flush right in its column, two spaces between columns. */
function fixedWidth(run: string[], bars: number): string[] {
  const rows = run.map((l, k) => (k === 1 ? null : cellsOf(l)));
  const widths = Array.from({ length: bars }, (_, j) => Math.max(...rows.map((r) => r?.[j]?.length ?? 0)));
  const set = (r: string[]) => [r[0]!.padEnd(widths[0]!), ...widths.slice(1).map((w, j) => (r[j + 1] ?? '').padStart(w))].join('  ').trimEnd();
  const total = widths.reduce((a, w) => a + w + 2, -2);
  return rows.map((r) => (r ? set(r) : '-'.repeat(total)));
}
