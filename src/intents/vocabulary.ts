// Word lists (data): the words the operation, period and currency cues are made of, which the spelling
// corrector may correct towards, and the filler words the coverage rule lets a question carry without
// naming anything. The metric words come from the catalog and the loaded releases (recognisers/metrics.ts).

/** Words of a figure's movement besides rise and fall, as analysts say them ("why'd it jump", "did S&M dip qoq", "net debt reduction"): change cues (operations.ts). */
export const MOVEMENT_WORDS: string[] = (
  'jump jumped jumps soar soared soars surge surged surges spike spiked spikes plunge plunged plunges plummet plummeted ' +
  'slump slumped tumble tumbled climb climbed climbs dip dipped dips slide slid sank sink leap leapt leaped swell swelled ' +
  'balloon ballooned tank tanked crater cratered rebound rebounded recover recovered ' +
  // A change said as a reduction: "net debt reduction since YE25".
  'reduce reduced reduces reduction reductions reducing'
).split(' ');

/** Words of the operation, basis, period, currency and modifier cues. */
export const CUE_WORDS: string[] = [
  ...MOVEMENT_WORDS,
  ...(
    'midpoint middle range implied segments absolute terms status progress remaining left unused used utilized headroom minus diff between ' +
    // An amount spent on an outgoing line (frame.ts): "how much did they spend on buybacks".
    'spend spent spending executed ' +
    // A change asked as a multiple (modifiers.ts 'multiple'): "how many times higher".
    'times ' +
    // The amount asked beside a count (modifiers.ts 'and-amount'): "how many units ... and the total consideration".
    'consideration ' +
    // The dates asked beside a figure (modifiers.ts): "payment date", "when is it payable".
    'payment payable ' +
    // The chart request (modifiers.ts): "plot the revenue mix as a stacked bar", "pie chart of ...".
    'chart charts charted charting plot plots plotted plotting graph graphs graphed graphing pie visualise visualize ' +
    'visualised visualized visualising visualizing visualisation visualization diagram stacked bar bars ' +
    // The export request: "export revenue lines", "the Q1 figures as csv".
    'export download csv json spreadsheet excel everything ' +
    // Arithmetic between lines (recognisers/expressions.ts): "opex ex provisions", "A other than B".
    'ex excl excluding exclusive except apart leaving counting ' +
    // A sum of the lines a thread showed (dialogue-periods.ts TOTAL_ONLY): "altogether?", "grand total?", "both summed".
    'altogether grand summed ' +
    // Guidance revised and progress against it (modifiers.ts 'revision', 'progress'): "how much did they raise
    // it", "% of the forecast achieved", "what's needed in H2 to hit guidance" (never corrected to "rise").
    'raise raised raises raising lift lifted hike hiked boost boosted cut cuts lowered lowering trim trimmed revise revised ' +
    'revision upgrade upgraded downgrade downgraded achieve achieved reach reached done completed need needed needs required ' +
    'target targets goal goals already reaffirm reaffirmed reiterate reiterated maintain maintained unchanged updated ' +
    // The time to come (recognisers/periods.ts AHEAD): "for the rest of the year" (never corrected to "result").
    'remainder ahead upcoming ' +
    // Ranking a family of lines (operations.ts): "rank the revenue lines by size", "biggest single cost line".
    'size single ' +
    'about according add added against age ago all and annual answer apr april are as ask at aug august basis ' +
    'before beginning behind better bigger biggest bps break breakdown by calculate calculated call can cause ' +
    'caused ceo cfo change chief cny combined commands comment comparable compare compared comparison components ' +
    'composition comprise compute computed conference consists constituents contracted contraction contribution ' +
    'convert corresponding cover coverage cro current currently date dec december decline declined decrease ' +
    'decreased def define defined definition delta derive deteriorate deteriorated dial did difference divided do ' +
    'does dollar dollars down driven drivers drop drove due during earlier eight end ended evolve exactly exchange ' +
    'exclude excluded executive expand expansion expectations expected expects explain fall fast faster fastest feb ' +
    'february fell figures final financial first fiscal five for forecast four fourth fraction from full fy ' +
    'greenbacks grew grow grown growth guidance guide guided had half headlines help higher highest highlights how ' +
    'improve improvement in include included increase increased into is it items jan january jul july jun june key ' +
    'know larger largest last latest updated least lengthen longer shorter less line lines look lower lowest ltm made management mar march ' +
    'may mean meaning means measure measured measures measuring mention menu metrics mix month months more most ' +
    'move next nine non nov november now numbers oct october of officer on one outlook over overview per percent ' +
    'percentage period plus points portion pp preceding previous prior project proportion qoq quarter quarters ' +
    'quick quicker quickest quote rank ranking rate ratio reasons recap recent refer refers remarks renminbi ' +
    'reported reporting repurchase rise risen risk rmb rose said same say says second segments sep september ' +
    'sequential seven share shorten shrink shrunk six slower smallest snapshot split stand stands start stats ' +
    'sub-items sum summarise summarize summary terms than that the them they think third this three to today ' +
    'together total trailing trend ttm twelve two up us usage usd use versus view vs was webcast were what which ' +
    'whole why with worse worsen year you yoy ytd yuan moved moves moving movement movements swing swings swung changed changes changing driving drives driver explanation explains explained led where comes coming arise arises stem stems originate originates sourced beat beats miss missed misses hit met meet delivered actual actuals restated restatement originally initially previously original'
  ).split(' '),
];

/**
 * Filler words: they carry no metric meaning, and a question may hold them anywhere (chatter,
 * politeness, question framing, reporting verbs, pointers, chat shorthand).
 */
export const FILLER_WORDS: string[] = (
  'a an the of to in for from by and or on at with its our their what whats was were is are be been how much many did does do ' +
    "me show tell give please get got company company's companies inc fully s it this that these those they them " +
    'came come generated generate earn earned make made had have has report reported see value figure amount ' +
    'level about around approximately roughly exactly just only there here we you i can could would should will ' +
    'as per cent q1 q2 q3 q4 vs versus rmb usd us dollars dollar million billion thousand release releases press used ' +
    // Chatter and yes/no framing around a figure: "hey bot, quick one", "was revenue above 4 billion?".
    'hey hi hello bot ok okay so pls plz thx ty unrelated btw fyi um uh then like actually really correct right ' +
    'when go goes going went above below exceed exceeded exceeds millions billions thousands w q incl inclusive totally different ' +
    // Scale words as Indian releases print amounts ("by how many crore"), as "million" is: how a figure is shown, never which.
    'crore crores lakh lakhs ' +
    // Reporting verbs and pointers: "did they recognize", "pull up", "the non-GAAP one", "the unadjusted one", "how'd".
    'sheet statement one ones portion recognize recognized recognise recognised record recorded post posted book booked provide expressed ' +
    'express pull bring look d u relative contributed contribute gaap unadjusted hold held holds carry carried carries back pile position land landed lands ' +
    // "reason given?", "the figure stated": what the release says, not which line; "share of overall loans": the whole taken whole.
    'given stated overall entire aggregate ' +
    // The act or cadence of a figure, not its line: "the quarterly dividend they declared", "announced".
    'declare declares declared announce announces announced quarterly ' +
    // Asking for a thing's figures as a whole: "buyback details: size, price".
    'details detail ' +
    // Chat shorthand and hedges: "how much ah", "calc pls", "wat", "cos", "the guarantee release thingy", "implied", "Q&A".
    // "what did the CRO say re outlook", "wrt margins": a preposition of topic, as "about" is.
    're regarding concerning wrt abt ' +
    'q&a since each both among amongst far any umm uhh hmm er erm out anything something part piece ah lah la leh lor calc cos coz cuz wat wot thingy thing stuff bit kinda roughly pls pl ya yeah yep implied quickly quick again rough ' +
    // "Alone" after a period ("Q3 alone") is that period (after a name it is a transform, frame.ts).
    'alone ' +
    // "And net income in USD too", "the non-GAAP version": the same ask again, on another line or basis.
    'too also version ' +
    // The precision asked ("to one decimal", "2dp"): how a figure is shown, never which.
    'decimal decimals dp'
).split(' ');

/**
 * Words that say how or when a figure is asked ("in RMB terms", "give me both", "how long", "the count", "at end of
 * March"), never which line: the name coverage rule (coverage.ts) does not ask a line to be about them.
 */
export const MANNER_WORDS = new Set('terms both long end period count'.split(' '));

/** Words for the issuer as a whole ("group revenue"): a release may print them capitalised ("the Group"), but they name no part. */
export const ISSUER_WORDS = new Set('group company firm corporation issuer consolidated'.split(' '));

/** The issuer's people and those who read it ("the Board's", "Management", "the Street's"): capitalised or owners, they name no other company. */
export const PEOPLE_WORDS = new Set('board directors director management chairman chair president founder executives officers shareholders stockholders investors analysts auditor auditors street'.split(' '));
