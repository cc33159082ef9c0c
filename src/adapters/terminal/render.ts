// Answer → terminal text. Plain for pipes and files (what `qfin ask` prints there, byte for byte);
// on a terminal, colour (unless NO_COLOR) and lines wrapped to its width.
import { styleText } from 'node:util';
import type { Answer } from '../../intents/answer.js';
import { sourceLines, withoutHow } from '../sources.js';

export interface Style {
  color: boolean;
  /** Wrap to this many columns; 0 leaves lines as they are. */
  width: number;
}

export const PLAIN: Style = { color: false, width: 0 };

type Format = 'bold' | 'cyan' | 'dim' | 'green' | 'yellow';

/**
 * Colour on a terminal only, and never when NO_COLOR is set to anything (https://no-color.org) or Node's
 * own switches say no (NODE_DISABLE_COLORS, FORCE_COLOR=0). A terminal that reports no width (0, as a
 * pty may) is read as 80 columns.
 */
export function styleFor(output: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): Style {
  const tty = output as { isTTY?: boolean; columns?: number };
  if (tty.isTTY !== true) return PLAIN;
  const color = !env.NO_COLOR && !env.NODE_DISABLE_COLORS && env.FORCE_COLOR !== '0' && env.TERM !== 'dumb';
  return { color, width: Math.max(tty.columns || 80, 20) };
}

/**
 * The Style alone decides (it was made for the stream written to). styleText is asked one format at a
 * time, which Node 20.12 (engines) takes; an array of formats came in 20.13. Since 20.18 it also judges
 * process.stdout and the colour variables itself, unless told not to (an option older versions ignore).
 */
export const paint = (style: Style, formats: Format | Format[], text: string) =>
  style.color ? [formats].flat().reduceRight((t, f) => styleText(f, t, { validateStream: false }), text) : text;

/** Greedy word wrap of one line to `width`; continuation lines get `indent`. Long words are not cut. */
export function wrap(line: string, width: number, indent = ''): string[] {
  if (width <= 0 || line.length <= width) return [line];
  const lead = /^\s*/.exec(line)![0];
  const out: string[] = [];
  let current = '';
  for (const word of line.slice(lead.length).split(/ +/)) {
    const prefix = out.length ? indent : lead;
    if (current && prefix.length + current.length + 1 + word.length > width) {
      out.push(prefix + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push((out.length ? indent : lead) + current);
  return out;
}

const QUOTE_MAX = 160;

/** How derived figures were computed: one formula a line, so a long summary's stay readable. */
function formulas(a: Answer): string[] {
  const each = a.derivations.map((d) => `${d.label} = ${d.formula}`);
  return each.length <= 1 ? each.map((f) => `How: ${f}.`) : ['How:', ...each.map((f) => `  ${f}`)];
}

export function renderAnswer(a: Answer, style: Style = PLAIN): string {
  const block = (lines: string[], indent: string) => lines.flatMap((l) => wrap(l, style.width, indent));
  const text = block(withoutHow(a), '  ').map((l) => (a.status === 'unknown' ? paint(style, 'yellow', l) : l));
  const how = block(formulas(a), '    ');
  const choices = a.choices.map((c, i) => `  ${paint(style, 'bold', `${i + 1}.`)} ${c.label}`);
  const sources = block(
    sourceLines(a).map(({ citation: c, text: t }) => `  [${c.document}:${c.line}] ${t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX - 3)}...` : t}`),
    '      ',
  ).map((l) => paint(style, 'dim', l));
  return [
    ...text,
    ...how,
    ...(choices.length ? ['Reply with a number or a name:', ...choices] : []),
    ...(sources.length ? [paint(style, 'dim', 'Sources:'), ...sources] : []),
  ].join('\n');
}
