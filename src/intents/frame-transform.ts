// A frame's transform check (frame.ts FRAME_CHECKS): a modifier asked of a line ("per employee", "ex-items",
// "alone") that the figure printed is not, so the figure as printed would not answer it.
import type { Checked } from './frame.js';
import { TRANSFORMS } from './recognisers/modifiers.js';
import { blank, contentTokens } from './text.js';
import { stem } from '../nlp.js';
import { namesSomeItems } from './recognisers/coordinated.js';

/** A modifier outside the line's own name ("weighted average ... shares" holds its own "average"). */
export function transform(c: Checked): string | null {
  const { intent, lex, frame } = c;
  const text = blank(intent.text, intent.metrics);
  // "Per share" of a figure that is an amount per share ("a dividend of $0.48 per share") is what it is.
  const perShare = (x: RegExpExecArray) => {
    const basis = /^per$/i.test(x[0]) ? /^\s+(?:common\s+|ordinary\s+)?(share|ads)\b/i.exec(text.slice(x.index + x[0].length))?.[1] : undefined;
    return Boolean(basis) && frame.metrics.every((id) => lex.perBasis(id)?.toLowerCase() === basis!.toLowerCase());
  };
  // "Per" is the line's own only before the same unit: "shares per ADS" of a line "... per ordinary share" is a ratio asked.
  const unit = (x: RegExpExecArray) => /^\s+(\w+)/.exec(text.slice(x.index + x[0].length))?.[1] ?? '';
  const own = (x: RegExpExecArray) => (/^per$/i.test(x[0]) ? String.raw`\bper\s+(?:ordinary\s+|common\s+)?${unit(x)}\b` : String.raw`\b${x[0]}\b`);
  const m = [...text.matchAll(TRANSFORMS)].find((x) => !perShare(x) && !answeredAlone(c, text, x) && (/\s/.test(x[0]) || !frame.metrics.some((id) => new RegExp(own(x), 'i').test(lex.matcher.label(id)) || lex.matcher.goingBy([stem(x[0])], [id]).length)));
  return m ? (/^per$/i.test(m[0]) ? `per ${unit(m)}` : m[0]) : null;
}

/** A label joining things ("Cash and cash equivalents", "… model, ICE and other technology solutions"). */
const JOINS = /\b(?:and|including|plus)\b|[,&+]/i;

/**
 * "Alone" right after a period ("growth in Q3 alone"); of a line whose joined things the question names every one of
 * ("cash and cash equivalents alone"); or of a line of one thing named as an item of another line's list ("ICE alone":
 * the volume through ICE, not the capital-light, ICE and other technology volume): what is answered already, no
 * transform. ("Cash alone" of "Cash and cash equivalents" asks the line without a part it holds: declined.)
 */
function answeredAlone({ intent, frame, lex }: Checked, text: string, x: RegExpExecArray): boolean {
  if (!/^alone$/i.test(x[0])) return false;
  const before = intent.text.slice(0, x.index).trimEnd().length;
  if (before > 0 && /\S/.test(text[before - 1]!) && /\s/.test(intent.bare[before - 1] ?? '')) return true;
  const said = new Set(contentTokens(intent.text).map((t) => t.stem));
  const listed = () => [...lex.kb.metrics.keys()].some((l) => !frame.metrics.includes(l) && namesSomeItems(lex.matcher.label(l), said));
  const joined = (id: string) => JOINS.test(lex.matcher.label(id));
  return frame.metrics.every((id) => (joined(id) ? lex.matcher.labelStems(id).every((s) => said.has(s)) : listed()));
}
