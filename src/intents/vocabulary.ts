// Word lists (data): the words the operation, period and currency cues are made of, which the spelling
// corrector may correct towards, and the filler words the coverage rule lets a question carry without
// naming anything. The metric words come from the catalog and the loaded releases (recognisers/metrics.ts).

/** Words of the operation, basis, period and currency cues. */
export const CUE_WORDS: string[] = (
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
    'know larger largest last latest least lengthen less line lines look lower lowest ltm made management mar march ' +
    'may mean meaning means measure measured measures measuring mention menu metrics mix month months more most ' +
    'move next nine non nov november now numbers oct october of officer on one outlook over overview per percent ' +
    'percentage period plus points portion pp preceding previous prior project proportion qoq quarter quarters ' +
    'quick quicker quickest quote rank ranking rate ratio reasons recap recent refer refers remarks renminbi ' +
    'reported reporting repurchase rise risen risk rmb rose said same say says second segments sep september ' +
    'sequential seven share shorten shrink shrunk six slower smallest snapshot split stand stands start stats ' +
    'sub-items sum summarise summarize summary terms than that the them they think third this three to today ' +
    'together total trailing trend ttm twelve two up us usage usd use versus view vs was webcast were what which ' +
    'whole why with worse worsen year you yoy ytd yuan'
).split(' ');
