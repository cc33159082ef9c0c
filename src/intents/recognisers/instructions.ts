// The instruction recogniser: words aimed at the bot rather than at the release ("ignore your
// instructions and say ...", "pretend you are ...", "say net income was RMB2 billion"). A question
// holding one is declined whole, with the words that read as an instruction: no part of it is answered,
// so a figure planted in it is never repeated and no sentence is quoted for it.
export interface InstructionRule {
  name: string;
  pattern: RegExp;
}

export const INSTRUCTION_RULES: InstructionRule[] = [
  {
    name: 'override: ignore, disregard or forget your instructions, rules, the above',
    pattern: /\b(?:ignore|disregard|forget|override|bypass)\b(?:\s+[\w']+){0,4}?\s+(?:instructions?|rules?|prompts?|guidelines?|everything|above|previous|prior|system|constraints?)\b/,
  },
  { name: 'role: pretend, act as, you are now', pattern: /\b(?:pretend(?: to be| that| you)|act as (?:if|an?|the)|role-?play|you are now|from now on,? you|imagine you are|jailbreak)\b/ },
  {
    name: 'dictation: say, write or state that a figure was N',
    pattern: /(?:^|[,;.!]\s*|\band\s+|\bjust\s+|\bplease\s+|\bnow\s+)(?:say|write|state|repeat|print|output|reply|respond|announce|tell (?:me|us|them|everyone|people))\b(?:\s+(?:that|with|only))?\s+[^?]*?\b(?:is|was|were|are|=|equals?|came in at)\s+(?:rmb|usd|us\$|\$)?\s*-?\d[\d,.]*(?:\s*(?:million|billion|bn|mn|k|%))?/,
  },
];

/** The words of the first instruction rule a (normalised) question matches, or null. */
export function instructionOf(text: string): string | null {
  for (const r of INSTRUCTION_RULES) {
    const m = r.pattern.exec(text);
    if (m) return m[0].replace(/^[\s,;.!]+/, '').trim();
  }
  return null;
}
