// Words around a name that tell whether it is a person's, a place's or a thing's (read by personCandidates).

/** Verbs of saying that follow a person's name ("Rubio said"). */
export const speechVerbs = new Set([
  "said",
  "says",
  "told",
  "added",
  "explained",
  "stated",
  "wrote",
  "tweeted",
  "posted",
  "testified",
  "insisted",
  "argued",
  "noted",
  "acknowledged",
  "admitted",
  "announced",
  "confirmed",
  "denied",
  "asked",
  "replied",
  "responded",
  "urged",
  "warned",
  "claimed",
  "recalled",
  "continued",
  "declared",
  "remarked",
  "commented",
]);

/** Verbs of saying that come before the speaker ("…," said Sanjeev Gaur). */
export const saidBefore = new Set(["said", "says", "added", "asked", "wrote", "explained"]);

/** Words that announce a nickname in quotes: "known as 'Deep Throat'", "nicknamed “The Oddfather”". */
export const nicknameCues = new Set(["nicknamed", "dubbed", "nickname", "moniker", "alias"]);

/** Words before "as" that make it a nickname cue ("known as", "identified himself as"). */
export const asCues = new Set(["known", "himself", "herself", "identified"]);

/** Words before a title that keep the title ("former Prime Minister"). */
export const titleModifiers = new Set([
  "former",
  "Former",
  "acting",
  "Acting",
  "late",
  "then",
  "outgoing",
  "Outgoing",
  "incoming",
  "Incoming",
]);

/** Words before a capitalised word that make a thing of it ("a Toyota", "his MacBook"). */
export const determiners = new Set(["a", "an", "his", "her", "their", "its", "our", "my", "your"]);

/** Lower-case nouns after a name that make the name a modifier of a thing, not a person named. */
export const thingHeads = new Set([
  "administration",
  "administration's",
  "campaign",
  "government",
  "era",
  "presidency",
  "regime",
  "team",
  "family",
  "crime",
  "jewellers",
  "jewelers",
  "jeweller",
  "jeweler",
  "store",
  "stores",
  "boutique",
  "brand",
  "restaurant",
  "hotel",
  "clinic",
]);

/** Words before a place's name ("in Beit Lahia"). */
export const placeLocatives = new Set(["in", "near", "outside", "from", "across", "throughout", "towards", "toward"]);

/** Nouns before "of" and a place's name ("the town of", "the ruins of"). */
export const placeNouns = new Set([
  "town",
  "city",
  "village",
  "villages",
  "ruins",
  "outskirts",
  "province",
  "region",
  "district",
  "suburb",
  "neighbourhood",
  "neighborhood",
  "camp",
  "streets",
  "area",
  "north",
  "south",
  "east",
  "west",
  "centre",
  "center",
  "port",
  "state",
  "county",
  "municipality",
]);

/** Capitalised words that never open a portfolio title ("The Foreign Minister", "Former Minister"). */
export const portfolioStop = new Set([
  "The",
  "His",
  "Her",
  "Their",
  "Its",
  "Our",
  "Former",
  "Then",
  "When",
  "After",
  "Before",
]);

/** Lower-case portfolios that join the office after them ("trade and industry minister"). */
export const portfolios = new Set([
  "trade",
  "industry",
  "foreign",
  "defence",
  "defense",
  "finance",
  "economy",
  "economic",
  "health",
  "interior",
  "justice",
  "energy",
  "education",
  "agriculture",
  "labour",
  "labor",
  "transport",
  "environment",
  "culture",
  "housing",
  "fisheries",
  "tourism",
  "petroleum",
  "oil",
  "mining",
  "communications",
  "security",
]);

/** Lower-case nouns before a name that make it a company's ("jeweler Harry Winston", "startup SeaMicro"). */
export const businessBefore = new Set([
  "jeweler",
  "jeweller",
  "retailer",
  "chain",
  "brand",
  "label",
  "startup",
  "start-up",
  "firm",
  "company",
  "carmaker",
  "automaker",
  "airline",
  "bank",
  "insurer",
  "conglomerate",
]);
