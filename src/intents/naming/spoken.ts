// How an answer names a line: as an analyst says it, from its label alone. The full label stays in
// the citation. Named rules, pinned by test/corpus/naming.jsonl like the rules that derive heard names.
import { NAMING_RULES, type NamingRule } from './rules.js';

/** Rules that only shorten what an answer says; a question is never matched against their forms. */
export const SAYING_RULES: NamingRule[] = [
  {
    // "2023 Share Repurchase Plan share repurchase plan whereby the Company is authorized to ... with an
    // aggregate value" → "2023 Share Repurchase Plan aggregate value": the clause says how, not what.
    name: 'whereby-clause',
    pattern: /^(.+?)\s+(?:whereby|pursuant to which|under which)\b.*?((?:aggregate|total) (?:value|amount))?$/i,
    produce: (m) => [m[2] ? `${m[1]} ${m[2]}` : m[1]!],
  },
  {
    // "2023 Share Repurchase Plan share repurchase plan" → "2023 Share Repurchase Plan".
    name: 'repeated-phrase',
    pattern: /^(.*?\b((?:\w+\s+){1,4}\w+))\s+\2\b(.*)$/i,
    produce: (m) => [`${m[1]}${m[3]}`],
  },
  {
    // "2023 Share Repurchase Plan aggregate value" → "the 2023 repurchase plan's aggregate value".
    name: 'dated-plan',
    pattern: /^(?:the )?((?:19|20)\d{2}) (?:share |stock )?(repurchase|buyback) (plan|program(?:me)?)\b\s*(.*)$/i,
    produce: (m) => [`the ${m[1]} ${m[2]!.toLowerCase()} ${m[3]!.toLowerCase()}${m[4] ? `'s ${m[4]}` : ''}`],
  },
];

const SAID = new Set(['attributable-to-issuer', 'basis-first']);
const CHAIN = [...SAYING_RULES, ...NAMING_RULES.filter((r) => SAID.has(r.name))];

/** The label as an answer says it: each saying rule's first form, in order. */
export function spoken(label: string): string {
  let said = label;
  for (const rule of CHAIN) {
    const m = rule.pattern.exec(said);
    const first = m ? rule.produce(m, { defined: new Map() })[0] : undefined;
    if (first) said = first.replace(/\s+/g, ' ').trim();
  }
  return said;
}
