// Whose forecast a figure of a forward-looking sentence is. An outlook section may cite another party's ("The
// Ministry of Trade and Industry forecasts GDP growth of 1.5% to 2.5%", "economists expect", "according to the
// IMF"): such a figure is no guidance of the issuer's, and the bot never says "the company expects" of it. Named
// rules, pinned by test/corpus/forecasters.jsonl.

/** Parties whose forecasts a release may cite: governments, central banks, international bodies, the market's forecasters. */
const OTHER_PARTY = /\b(?:ministry|government|central bank|federal reserve|reserve bank|bank of (?:england|japan|canada|korea)|monetary authority|imf|international monetary fund|world bank|oecd|economists?|analysts?|consensus|forecasters?|bureau|statistics (?:office|agency)|treasury|market participants|industry (?:bodies|body|associations?))\b/i;
/** The issuer as a sentence names itself: a forecast it states is its own, whatever other party it names beside. */
const OWN_PARTY = /\b(?:we|our|the company|management|the group|the board|the manager|the directors|the bank(?! of)|the trust)\b/i;
/** A verb stating a forecast, active ("forecasts", "expect"). */
const FORECASTS = /\b(?:forecasts?|forecasted|expects?|projects?|predicts?|estimates?|anticipates?|sees)\b/gi;

interface ForecasterRule {
  name: string;
  /** Whether the words before a figure make it another party's forecast. */
  test: (before: string) => boolean;
}

export const FORECASTER_RULES: ForecasterRule[] = [
  // "The Singapore Ministry of Trade and Industry forecasts GDP growth of": the subject of the last forecasting verb, in its clause.
  {
    name: 'another party as the subject',
    test: (before) => {
      const verb = [...before.matchAll(FORECASTS)].at(-1);
      const subject = verb ? before.slice(0, verb.index).split(/[;:]|,\s*(?:and|but|while)\s+/).at(-1)! : '';
      return OTHER_PARTY.test(subject) && !OWN_PARTY.test(subject);
    },
  },
  // "GDP growth is forecast by the IMF at", "according to economists".
  { name: 'another party named as the source', test: (before) => new RegExp(String.raw`\b(?:(?:forecast|expected|projected|estimated|predicted)\s+by|according\s+to)\s+(?:the\s+)?(?:[\w&.'’-]+\s+){0,6}?${OTHER_PARTY.source}`, 'i').test(before) },
];

/** The rule by which a figure, read after `before` in its sentence, is another party's forecast, or null. */
export const othersForecast = (before: string): string | null => FORECASTER_RULES.find((r) => r.test(before))?.name ?? null;
