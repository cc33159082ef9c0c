// An officer's title in a question ("CFO", "the CEO") names a person only where someone's words are
// asked. Where a figure is asked and nobody's words, the title is no person: "CFO" is then cash flow from
// operations (catalog.ts rewrites it), and "CEO" or "CRO" names no figure, so no quote answers it
// (operations.ts). One test decides both, so the two can never disagree.

/** An officer's title as people type it. */
export const TITLE = String.raw`\b(?:ceo|cfo|cro|chief (?:executive|financial|risk) officer)\b`;

/** Words that ask what was said, whoever said it: the quote operation's own cues. */
export const WORDS_ASKED = /\b(?:say|said|says|quot(?:ed|es|ing)|cited|noted|comment(?:ed|s|ary|aries)?|remarks?|descri(?:be|bed|bes|ption)|discuss(?:ed)?|talk(?:ed)? about|characteri[sz]ed?|tone|mention(?:ed)?|according to|quote|management (?:said|say|view|think)|conference call|webcast|dial[- ]in)\b/;

/** Words that make a title the person though no "said" is asked: who they are, their view, a figure by them ("per the CFO", "the CFO's", "the CFO on funding"). */
const PERSON = String.raw`\b(?:who|per|gave|views?|commentary|message|letter|highlights?|think\w*|thought|stated|explain\w*|pretend|you(?:'re| are)|(?:ceo|cfo|cro)'s)\b|${TITLE}\s+(?:on|about)\b`;

/** What makes a question ask a figure: an amount, a change, a period, a currency or arithmetic. */
const FIGURE = String.raw`\bhow (?:much|many|big|large)\b|\b(?:change[ds]?|grow|grew|growth|grown|(?:in|de)crease[ds]?|decline[ds]?|rise|rose|risen|fell|fall|drop(?:ped)?|up|down|improve[ds]?|improvement|worsen(?:ed)?|higher|lower|better|worse|yoy|qoq|[1-4]q|q[1-4]|fy|quarter|year|rmb|usd|margin|plus|minus|ratio|over|divided|percent(?:age)?|share|multiple)\b|[%+÷/\d]`;

/** Holds at the start of a question that asks a figure and nobody's words (a lookahead over the whole text). */
const FIGURE_NOT_WORDS = `^(?![^]*(?:${WORDS_ASKED.source}|${PERSON}))(?=[^]*(?:${FIGURE}))`;

/**
 * "CFO" where the question asks a figure and nobody's words: cash flow from operations. (The whole-text
 * test is a lookbehind after the word, so it runs only where "cfo" stands; before it, at every position.)
 */
export const CFO_AS_FIGURE = new RegExp(String.raw`\bcfo\b(?<=${FIGURE_NOT_WORDS}[^]*cfo)`, 'g');

const figureNotWords = new RegExp(FIGURE_NOT_WORDS);
/** Whether a question asks a figure and nobody's words: an officer's title in it is then no person. */
export const asksFigureNotWords = (text: string): boolean => figureNotWords.test(text);
