// The question-type recogniser: what a question's form asks for besides a figure, a definition (what
// a line means, counts, is made from) or a reason (why it moved), as named rules. Each rule is pinned
// by positive and negative examples (test/corpus/question-types.jsonl); the operation cues read these
// rules, so a question of either type goes to the words' handlers, which quote the release or decline:
// it never gets a bare figure. A rule spans its cue words only, so the name stays the search's topic.
export type QuestionType = 'definition' | 'reason';

export interface QuestionTypeRule {
  name: string;
  type: QuestionType;
  pattern: RegExp;
}

// A lookbehind ("after 'what'") stands after its cue word, so it is tried only where the word is: at
// every position of a long question it would cost the square of its length.
export const QUESTION_TYPE_RULES: QuestionTypeRule[] = [
  { name: 'a definition word: define, meaning of, refers to, stands for', type: 'definition', pattern: /\b(?:define[ds]?|defining|definition|def|meaning(?: of)?|refers? to|stands? for)\b/ },
  {
    name: "what X means, includes, excludes, counts as (the verb after 'what' or 'does', wherever the name stands)",
    type: 'definition',
    pattern: /\b(?:mean|means|measure|measuring|include[sd]?|exclude[sd]?|comprises?|consists? of|counts? as|cover(?:s|ed)?|strip(?:s|ped)? out|adds? back|adjusts? for)\b(?<=\b(?:what|does|do)\b.*)/,
  },
  // "what goes into the total cash number?": what a stated figure is made of, which its definition says.
  // (A name quoted or bare after "in" too, "what's in 'total cash'": the cue is read with names blanked, so no
  // letter need follow; never a period, a currency or a pointer: "what's in Q1", "what is in USD", "what's in it";
  // "what's behind" a bare name is its reason: "what's behind lower funding costs".)
  { name: 'what goes into X, what is in X', type: 'definition', pattern: /\b(?:goes|go|went) into\b(?<=\bwhat\b.*)|\bwhat(?:'s| is| are) (?:in|inside|behind) (?:the|that|this|their|its)\b|\bwhat(?:'s| is| are) (?:in|inside)\s(?!\s*(?:q[1-4]|[1-4]q|h[12]|fy|\d|usd|rmb|us\$|dollars?|yuan|renminbi|total\s*[?.!]*$|it|there|(?:this|that|last|prior|next|first|second|third|fourth)\s+(?:quarter|year|period|month|half))\b)/ },
  // "total cash - what's in it?": the pointer said last stands for the name said before it, so it asks the same as
  // "what's in total cash" ("what's in it for holders" does not). ("What makes up X" asks its parts: a breakdown.)
  { name: "what's in it, said of a name", type: 'definition', pattern: /\bwhat(?:'?s| is| are)\s+(?:in|inside)\s+(?:it|that|there|them|those|these)\s*[?.!]*$/ },
  { name: 'how X is defined or calculated', type: 'definition', pattern: /\b(?:defined|calculated|computed|measured|derived|calculate|compute|define|measure|derive|calculating|computing|measuring|deriving)\b(?<=\bhow\b.*)/ },
  { name: 'what X includes or means, said last ("organic growth means?")', type: 'definition', pattern: /\b(?:exclude|include|cover|mean)s?\s*[?.!]*$|\bmeasur(?:e|es|ing) what\b|\bmeans? what\b/ },
  // "what's financing income generated from?": the source of a line, said last; "revenue generated from ICE" names a figure.
  { name: 'what X is generated from, said last', type: 'definition', pattern: /\b(?:generated|derived|earned|sourced|made|come|comes|coming|arises?|stems?|originates?)\s+from\s*[?.!]*$/ },
  // "financing income comes from what exactly", "where's it from", "is generated how": the wh-word after the
  // source verb asks the same as before it. ("Grew from what?" asks the earlier figure: no source verb.)
  { name: 'X comes from what, is generated how: the wh-word said after the source verb', type: 'definition', pattern: /\b(?:come|comes|coming|came|generated|derived|earned|sourced|arises?|stems?|originates?|is|are)\s+from\s+(?:what|where|which)\b|\b(?:generated|derived|earned|sourced|calculated|computed|defined|determined)\s{1,2}how\b|\bfrom(?=\s*(?:exactly\s*)?[?.!]*$)(?<=\bwhere(?:'s|s| is| are| does| do)\b.*)/ },
  { name: "what's the source of X, what is X made of", type: 'definition', pattern: /\bsource of\b(?<=\bwhat(?:'s| is) the source of)|\bmade (?:of|from)\b(?<=\bwhat\b.*)/ },
  // ("Where did the margin come in?" asks for the figure.)
  { name: 'where X comes from', type: 'definition', pattern: /\b(?:(?:come|comes|coming|arises?|stems?|originates?)\s+from|generated|derived|earned|sourced)\b(?<=\bwhere\b.*)/ },
  { name: 'why, how come', type: 'reason', pattern: /\b(?:why|how come)\b/ },
  // (By a name too, "what were the special items for?": "for" said last, after the name, asks its purpose; "what was
  // net income for 1H" names a period after it, "what is the outlook for advertising" a name, blanked here.)
  { name: "what X was for, said last ('what was it for?', 'what were the special items for?')", type: 'reason', pattern: /\b(?:was|were|is|are)\s+(?:it|that|this|they|those|these)\s+for(?<=\bwhat\b.*)\s*[?.!]*$|\bfor\s?[?.!]*\s?$(?<=\bwhat\s+(?:was|were|is|are)\s.*)/ },
  { name: 'reason words: drivers, driving, what caused, behind, led to', type: 'reason', pattern: /\b(?:reasons?|drivers?|drove|driven by|driving|drives|what caused|cause of|caused by|explain(?:s|ed)?|explanation|due to|behind the|(?:what|who)(?:'s| is| was) behind|led to)\b/ },
];

/** The cues of one question type, as one pattern (the operation cues hold it). */
export function cuesOf(type: QuestionType): RegExp {
  return new RegExp(
    QUESTION_TYPE_RULES.filter((r) => r.type === type)
      .map((r) => `(?:${r.pattern.source})`)
      .join('|'),
  );
}
