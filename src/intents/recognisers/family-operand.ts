// A family of lines named collectively as one operand of a sum or a share ("total provisions", "op inc + all
// provisions", "provisions as % of total opex"): the family's lines added up (the sum handler shows each, cited),
// the result then used as the operand. Each rule is a name, the pattern around the family's head word, and the
// operations it needs. A bare plural says "all of them" only where the release's tables settle it: every line of
// the family is a part of the whole the share is of. Elsewhere the word stays a name to narrow down (asks which).
import type { KnowledgeBase } from '../../knowledge/kb.js';
import { familyOf } from '../families.js';
import type { Lexicon } from '../lexicon.js';
import { tokens } from '../text.js';
import { isPartOf, wholeOf } from './expressions.js';
import type { MetricMatch } from './metrics.js';
import { WHOLE_BEFORE, type Operation } from './operations.js';

interface FamilyRule {
  name: string;
  /** The family's head word is group 1. */
  pattern: RegExp;
  /** Operations the question must ask for the rule to hold (none: any). */
  asks?: Operation[];
  /** Whether every line of the family must be a part of the share's whole. */
  inWhole?: boolean;
  /** Whether the family's lines must all add into one line of the release's tables (else the word may span tables). */
  oneWhole?: boolean;
}

export const FAMILY_OPERAND_RULES: FamilyRule[] = [
  { name: 'total before a plural head: "total provisions"', pattern: /\btotal\s+([a-z]+s)\b/g },
  // ("+", unlike "plus", is no sum cue alone: it adds only between two names.)
  { name: '"+" before a head: "op inc + all provisions"', pattern: /\+\s*(?:all\s+)?(?:the\s+)?([a-z]+)\b/g, oneWhole: true },
  { name: '"all" before a head, the part of a share: "all provisions as % of revenue"', pattern: /\ball\s+(?:the\s+)?([a-z]+)\b/g, asks: ['share'], oneWhole: true },
  {
    name: 'a plural head, the part of a share of a whole every line of it is part of: "provisions as % of total opex"',
    pattern: /\b([a-z]+s)\b/g,
    asks: ['share'],
    inWhole: true,
  },
];

/** The lines of the share's whole: the name right after "as % of" (and its like). */
function wholeIds(text: string, metrics: MetricMatch[]): string[] {
  return metrics.find((m) => WHOLE_BEFORE.test(text.slice(0, m.start)))?.ids ?? [];
}

const oneWholeOf = (kb: KnowledgeBase, members: string[]) => wholeOf(kb, members[0]!) !== undefined && members.every((id) => wholeOf(kb, id) === wholeOf(kb, members[0]!));
const allPartsOf = (kb: KnowledgeBase, members: string[], whole: string[]) => whole.length === 1 && members.every((id) => isPartOf(kb, id, whole[0]!));

/** Whether the question names a family of lines as one operand, to be added up (a sum asked, whatever word asks it). */
export function familyOperand(lex: Lexicon, cueText: string, cued: Operation[], metrics: MetricMatch[]): boolean {
  return FAMILY_OPERAND_RULES.some((rule) => {
    if (rule.asks && !rule.asks.some((op) => cued.includes(op))) return false;
    return [...cueText.matchAll(rule.pattern)].some((m) => {
      const members = tokens(m[1]!).flatMap((t) => familyOf(lex.kb, t));
      // (The family word before the whole, never the whole's own word.)
      if (!members.length || (rule.oneWhole && !oneWholeOf(lex.kb, members))) return false;
      return (!rule.inWhole || (allPartsOf(lex.kb, members, wholeIds(cueText, metrics)) && !WHOLE_BEFORE.test(cueText.slice(0, m.index))));
    });
  });
}
