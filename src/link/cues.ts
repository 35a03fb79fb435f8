/**
 * Context cues for names the knowledge base marks as ambiguous: words next
 * to a name, or in its sentence, that select a reading other than the
 * country or organisation ("the Jordan River", "Atlanta, Georgia", "roast
 * turkey"), and titles stripped before looking a name up ("Mr. Lavrov").
 */

/** Words right after a name that make it a geographic feature or sub-national place. */
export const PLACE_AFTER = new Set([
  "river", "valley", "basin", "delta", "lake", "state", "county", "city", "mountains", "sea", "gorge",
  "bulldogs", "university", "college", "tech", "daily", "times", "post", "airlines",
]);

/** Words right before a name that make it a place, thing or person rather than the country. */
export const PLACE_BEFORE = new Set(["state", "river", "of georgia", "roast", "roasted", "wild", "fine", "michael"]);

/**
 * Words in the sentence that select a non-country reading of an ambiguous
 * country name, by normalised name. A sentence with one of them does not
 * link the name to the country.
 */
export const SENTENCE_CUES: Record<string, readonly string[]> = {
  jordan: ["river", "baptised", "baptized", "basketball", "nba", "bulls", "dunk", "sneakers", "scored"],
  georgia: ["atlanta", "savannah", "peach", "u.s. state", "us state", "governor brian", "county", "senate race", "bulldogs", "braves", "kemp", "raffensperger", "fulton"],
  turkey: ["roast", "roasted", "thanksgiving", "stuffing", "gravy", "carve", "carved", "sandwich", "feathers", "gobble", "oven", "dinner", "recipe", "bird", "farm", "hunters"],
  chad: ["his", "brother", "named", "coach"],
  china: ["porcelain", "dishes", "plates", "teacups", "cabinet", "fine china"],
  niger: ["river", "delta", "state governor"],
  congo: ["river", "basin"],
  jersey: ["football", "shirt", "wore", "new jersey", "knitted"],
  chile: ["pepper", "sauce", "con carne"],
  panama: ["hat", "canal", "papers"],
  guinea: ["pig", "pigs", "fowl"],
  washington: ["state of washington", "seattle", "george washington", "washington state"],
};

/** Titles and honorifics dropped from the front of a name before lookup ("Mr. Lavrov", "President Xi"). */
export const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "madam", "president", "vice", "prime", "minister",
  "premier", "secretary", "chancellor", "general", "gen", "admiral", "adm", "senator", "sen", "rep",
  "ambassador", "foreign", "defence", "defense", "state", "chairman", "king", "queen", "prince", "crown",
  "sheikh", "emir", "pope", "comrade", "leader", "supreme", "spokesman", "spokeswoman", "spokesperson", "envoy",
  "deputy", "governor", "mayor", "judge", "justice", "colonel", "col", "lieutenant", "captain", "capt", "sgt",
]);

/**
 * Common words that are also surnames in the knowledge base: a capitalised
 * one-word mention of these is never linked by surname or fuzzily alone.
 */
export const COMMON_SURNAMES = new Set([
  "miller", "young", "black", "brown", "green", "white", "king", "rice", "park", "moon", "bush", "may",
  "price", "cook", "baker", "hunter", "long", "little", "strong", "love", "page", "bird", "fox", "wolf",
  "stone", "hill", "wood", "field", "lake", "rose", "bell", "hope", "frank", "grant", "sharp", "short",
  "power", "early", "best", "law", "marsh", "hall", "ford", "church", "mark", "hand", "kim", "lee", "li",
  "wang", "chan", "may", "case", "noble", "major", "summers", "winter", "gray", "grey", "north", "west",
  "south", "east", "jordan", "georgia", "israel", "chad", "victoria", "charles", "francis", "leo",
]);
