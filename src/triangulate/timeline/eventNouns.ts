/**
 * Nouns that name events ("the sale", "a strike", "the merger"): what a timeline lists besides verbs. A noun is an
 * event noun when it carries a deverbal suffix ("announcement", "closure", "approval", "delivery") or is one of the
 * common news event nouns written like their verb ("deal", "fall", "crash").
 */

/** Deverbal suffixes of event nouns: "-tion"/"-sion", "-ment", "-ure", "-al", "-ance"/"-ence", "-ery", "-age". */
const deverbalSuffixPattern = /(?:tion|sion|ment|ure|sal|val|ance|ence|ery|kage)s?$/;

/** Gerunds used as nouns ("the closing", "a filing", "the landing"). */
const gerundPattern = /[^aeiou][a-z]*[^aeiou]ing$/;

/** Nouns with the suffix that do not name events (things, places, people, qualities). */
const notEventNouns = new Set(
  (
    "nation station section portion population region religion mention question condition position function " +
    "government department parliament apartment equipment environment document instrument monument segment " +
    "moment element figure future culture structure temperature nature picture capital hospital " +
    "animal official officials signal total interval individual general journal mineral material terminal " +
    "audience evidence science residence presence difference conference distance balance finance insurance " +
    "distance province silence sequence experience confidence licence license independence intelligence " +
    "lottery battery gallery bakery brewery machinery scenery mystery cemetery village package baggage percentage " +
    "generation organisation organization administration institution corporation association foundation " +
    "commission federation legislation information direction edition version vision television division " +
    "pension mission tension session dimension extension opinion union million billion trillion nations " +
    "management measure procedure pressure treasure legislature infrastructure manufacture architecture " +
    "agriculture literature signature creature exposure feature " +
    "thing something nothing everything anything king spring string ring wing ceiling morning evening " +
    "earnings savings holdings housing clothing ending beginning building " +
    "option rival chance tradition solution livery instance substance ambulance entrance allowance grocery artillery jewellery jewelry pottery refinery winery nursery"
  ).split(/\s+/),
);

/**
 * Common news event nouns that share their form with a verb or have no deverbal suffix: things that happen, are
 * done or are decided. General vocabulary of reporting, not of any one domain.
 */
const eventNounLexicon = new Set(
  (
    "accident attack arrest ban bid boom boost bankruptcy battle boycott breach bribe call campaign cancellation " +
    "ceasefire change charge clash claim collapse comeback crash crisis cut cuts damage deal death debate decline " +
    "defeat delay delivery demand dip dispute drop election escape event exit expansion fall fight fire flight " +
    "flood gain growth hike hearing increase interview investigation jump killing landing launch lawsuit layoff " +
    "layoffs leak loss losses march meeting merger move offer order outage outbreak plan plunge poll probe " +
    "protest purchase raid rally rebound recall recovery rescue release report resignation return revolt rise " +
    "riot robbery rollout ruling sale sales scandal search settlement shooting shortfall shutdown slide slump " +
    "speech split spree strike struggle success summit surge suspension takeover talks test theft threat tour " +
    "trade trial trip upgrade victory visit vote walkout war win withdrawal"
  ).split(/\s+/),
);

/**
 * Whether a common noun names an event, from its lower-case form and lemma.
 *
 * @example isEventNoun("closure", "closure") // true
 * @example isEventNoun("station", "station") // false
 */
export function isEventNoun(word: string, lemma: string): boolean {
  if (notEventNouns.has(word) || notEventNouns.has(lemma)) return false;
  if (eventNounLexicon.has(word) || eventNounLexicon.has(lemma)) return true;
  return word.length > 5 && (deverbalSuffixPattern.test(word) || gerundPattern.test(word));
}
