// Whether a metric phrase cut from a sentence names a line at all. A phrase cut at the wrong place
// ("including" from "..., including approximately $38 million from the 53rd week", "up from the" from
// "up from the £285m-£305m range", "We" from "We expanded margin to 30.9%") is a fragment: a figure filed
// under it becomes a metric of that name, answered wherever a question's words come near it. Such a figure
// is no fact; it stays a statement.

/** Words that name nothing on their own: articles, pronouns, prepositions, conjunctions, hedges, directions and time words. */
const FUNCTION_WORDS = new Set(
  (
    'a an the this these that those it its we our us they their he she his her which who whom whose what ' +
    'of to in on at by for from with without into onto over under above below within after before since until during ' +
    'between among against versus vs via per than as and or nor but plus minus so while whereas ' +
    'including excluding include includes included exclude excludes excluded compared comparing ' +
    'is are was were be been being has have had do does did will would shall should can could may might ' +
    'not no also only just about approximately around roughly some nearly almost more less most least ' +
    'up down ago year years quarter quarters month months period periods day days week weeks half ' +
    'respectively each all both any other same such'
  ).split(' '),
);
/** Words a noun phrase never starts with: a pronoun standing for a clause ("This is equivalent"), a relative ("which"), a preposition or a direction ("up from its prior range"). */
const NO_START = new Set('this these those it we they which who whom whose than since plus minus vs versus to of in up down after before'.split(' '));
/**
 * Words a noun phrase never ends with: an article, a conjunction or a comparison leaves it open ("remained available under
 * the", "expected to be greater than"). (A preposition may end a phrase the reader shortened to its line, "shares that had
 * been repurchased for", which the buyback answers still read by its sentence.)
 */
const NO_END = new Set('a an the of to than and or nor but plus minus vs versus which that whose'.split(' '));
/**
 * Words that qualify a noun still to come: a quantity or an adjective of more ("take delivery of three additional", the
 * vessels cut off). A phrase ending on one has lost its noun.
 */
const QUALIFIER_END = new Set(
  'additional further extra several many few multiple numerous one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand'.split(' '),
);

/** Words that say how a figure is measured, never what: "or 5.1% annualized" rates the subject's growth. */
const MANNER_ONLY = new Set('annualized annualised sequentially sequential organically'.split(' '));

/**
 * A present-tense copula: "Adjusted EBITDA is adjusted operating profit before depreciation and amortisation of £86.1m"
 * defines its subject by terms whose own figure follows ("of" the depreciation), never the subject's. An article after it
 * ("is the impairment of ...", "are a charge of ...") names the subject's figure again, and a participle ("is authorized to
 * repurchase ... up to US$350 million") says what the subject is or does: both stay names.
 */
const COPULA = new Set(['is', 'are']);
const ARTICLE = new Set(['a', 'an', 'the']);
const PARTICIPLE = /(?:ed|en)$/;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A bracket closed before any opens: the phrase starts inside an aside, "CER), led by ... whose sales" of "(+9.6% at CER), led by". */
const OPENS_CLOSED = /^[^([]*[)\]]/;

/** Why `label` names no metric, or null when it may be a line's name. */
export function unnamed(label: string): string | null {
  if (OPENS_CLOSED.test(label)) return 'its metric phrase starts inside a bracketed aside, a fragment of a clause that names no line: kept as a statement';
  const words = label.toLowerCase().match(WORD) ?? [];
  // (A word of one letter, "x" of "1.5x", names nothing either; an acronym of two, "PE", may.)
  if (!words.some((w) => /\p{L}\p{L}/u.test(w) && !FUNCTION_WORDS.has(w))) return 'its metric phrase is only function words, which name no line: kept as a statement';
  if (NO_START.has(words[0]!) || NO_END.has(words.at(-1)!)) return 'its metric phrase is a fragment of a clause, which names no line: kept as a statement';
  if (words.every((w) => MANNER_ONLY.has(w) || FUNCTION_WORDS.has(w))) return 'its metric phrase only says how a figure is measured, which names no line: kept as a statement';
  if (QUALIFIER_END.has(words.at(-1)!)) return 'its metric phrase ends on a word qualifying a noun it leaves out, which names no line: kept as a statement';
  const copula = words.findIndex((w, i) => i > 0 && COPULA.has(w));
  const [next, after] = [words[copula + 1], words[copula + 2]];
  // (A participle as a verb stands before a function word, "authorized to"; as an adjective before a noun, "adjusted operating".)
  const passive = !!next && PARTICIPLE.test(next) && (!after || FUNCTION_WORDS.has(after));
  if (copula > 0 && next && !ARTICLE.has(next) && !passive) return 'its metric phrase defines one term by others ("X is Y of ..."), whose figure it is, never X\'s: kept as a statement';
  return null;
}
