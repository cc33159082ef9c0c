// A figure cell with a footnote mark glued after it ("1.2*", "5.1†", "7.4(1)", "98[2]"): its note says something of
// that figure alone, often that it is of another kind than the row's other figures ("Q1 CC growth is quarter on
// quarter"), which the reader cannot weigh. The figure is withheld, never read as the row's; the rest of the row and
// the table are read. (A superscript mark, "210.9¹", is read by parseCell: the releases that print one restate.)
import { parseCell } from './numbers.js';

const MARKED = /^(.*\d%?\)?)\s*(?:\\?\*{1,3}\d{0,2}|[†‡§]|\(\d{1,2}\)|\[\d{1,2}\])$/;

/** Whether a cell is a figure with a footnote mark after it. */
export function markedFigure(text: string): boolean {
  const m = MARKED.exec(text.trim());
  return Boolean(m && parseCell(m[1]!));
}
