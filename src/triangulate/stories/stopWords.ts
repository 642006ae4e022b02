/**
 * Words that say nothing about what an article is about: English function words, reporting verbs, and calendar
 * words (time proximity is measured from dates, not from "Tuesday"). Lower case, before stemming.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against ago all almost alone along already also although always am
among amongst an and another any anyone anything anyway anywhere are around as at back be became because become
becomes been before being below beside besides between beyond both but by can cannot could did do does doing done
down during each either else elsewhere enough etc even ever every everyone everything everywhere except few for
former formerly from further get gets getting got had has have having he her here hers herself him himself his how
however i if in including inside instead into is it its itself just last least less let like made make makes many
may me meanwhile might mine more moreover most mostly much must my myself near nearly neither never nevertheless
next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise our
ours ourselves out over own per perhaps put rather really same see seem seemed seems several she should since so
some somehow someone something sometimes somewhere still such than that the their theirs them themselves then there
thereby therefore these they this those though through throughout thus to together too toward towards under until
up upon us use used very via was we well were what whatever when whenever where whereas whether which while who
whoever whole whom whose why will with within without would yet you your yours yourself yourselves
s t d ll m re ve don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn aren ain
said say says saying told tell tells according asked added reported reports report reporting stated
mr mrs ms dr jr sr st
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weeks month months
year years day days time times
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
new news read more via photo photos image images video videos getty ap reuters afp file
first second third two three four five six seven eight nine ten hundred thousand million billion percent`.split(/\s+/),
);
