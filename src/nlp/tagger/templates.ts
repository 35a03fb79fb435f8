/**
 * The feature templates of the part-of-speech tagger and how a feature is
 * packed into two integers.
 *
 * A feature is a template and up to two components, each an atom (the id
 * of a string in the model's {@link AtomTable}: a word, a suffix, a shape,
 * an ambiguity class …) or a small integer (a label, a flag, a sentence
 * casing). Its key is `k1 = template · 2²¹ + a`, `k2 = b`; a model maps keys
 * to weight rows with a {@link FeatureTable}. Nothing is built from strings
 * while tagging.
 */

/**
 * What a template component holds: an atom id, a label (see
 * {@link labelComponent}), another small integer (a flag, a casing, a pair
 * of labels), or nothing (0).
 */
export type ComponentKind = "atom" | "label" | "int" | "none";

/** A template: its name (as stored in model files) and the kinds of its two components. */
export interface FeatureTemplate {
  readonly name: string;
  readonly a: ComponentKind;
  readonly b: ComponentKind;
}

const atom = "atom";
const label = "label";
const int = "int";
const none = "none";

/**
 * Every template, by id. Names are stable (model files refer to templates
 * by name); ids are positions in this list.
 */
export const TEMPLATES: readonly FeatureTemplate[] = [
  // Position-free features of the word itself.
  { name: "b", a: none, b: none },
  { name: "w", a: atom, b: none },
  { name: "f", a: atom, b: none },
  { name: "p1", a: atom, b: none },
  { name: "p2", a: atom, b: none },
  { name: "p3", a: atom, b: none },
  { name: "p4", a: atom, b: none },
  { name: "s1", a: atom, b: none },
  { name: "s2", a: atom, b: none },
  { name: "s3", a: atom, b: none },
  { name: "s4", a: atom, b: none },
  { name: "s5", a: atom, b: none },
  { name: "sh", a: atom, b: none },
  { name: "ss", a: atom, b: none },
  { name: "o", a: int, b: none },
  { name: "ht", a: atom, b: none },
  { name: "ha", a: atom, b: none },
  { name: "a", a: atom, b: none },
  { name: "sa", a: atom, b: atom },
  // What a neighbouring word contributes from its offset.
  { name: "w-2", a: atom, b: none },
  { name: "w-1", a: atom, b: none },
  { name: "s3-1", a: atom, b: none },
  { name: "ss-1", a: atom, b: none },
  { name: "a-1", a: atom, b: none },
  { name: "w+1", a: atom, b: none },
  { name: "s3+1", a: atom, b: none },
  { name: "s2+1", a: atom, b: none },
  { name: "ss+1", a: atom, b: none },
  { name: "a+1", a: atom, b: none },
  { name: "w+2", a: atom, b: none },
  { name: "a+2", a: atom, b: none },
  // Features of the position in the sentence and of word pairs.
  { name: "first", a: none, b: none },
  { name: "last", a: none, b: none },
  { name: "cap", a: int, b: none },
  { name: "cs", a: int, b: atom },
  { name: "w-1w", a: atom, b: atom },
  { name: "ww+1", a: atom, b: atom },
  { name: "w+1w+2", a: atom, b: atom },
  { name: "w-1w+1", a: atom, b: atom },
  { name: "aa+1", a: atom, b: atom },
  { name: "as3", a: atom, b: atom },
  // The labels of the guide pass.
  { name: "g0", a: label, b: none },
  { name: "g+1", a: label, b: none },
  { name: "g+2", a: label, b: none },
  { name: "g0g+1", a: label, b: label },
  { name: "g+1g+2", a: label, b: label },
  { name: "g-1g0g+1", a: int, b: label },
  { name: "wg+1", a: atom, b: label },
  // The labels already chosen for the two previous words.
  { name: "t-1", a: label, b: none },
  { name: "t-2", a: label, b: none },
  { name: "t-2t-1", a: label, b: label },
  { name: "t-1w", a: label, b: atom },
  { name: "t-1a", a: label, b: atom },
  { name: "t-1w+1", a: label, b: atom },
  { name: "t-1s3", a: label, b: atom },
];

/** Template ids by name. */
export const TEMPLATE_ID: ReadonlyMap<string, number> = new Map(TEMPLATES.map((t, i) => [t.name, i]));

/** The id of a template this module defines (throws on a typo, at module load). */
function id(name: string): number {
  const t = TEMPLATE_ID.get(name);
  if (t === undefined) throw new Error(`unknown tagger feature template "${name}"`);
  return t;
}

/** Template ids used by the feature functions. */
export const T = {
  bias: id("b"),
  word: id("w"),
  form: id("f"),
  prefix1: id("p1"),
  suffix1: id("s1"),
  shape: id("sh"),
  shortShape: id("ss"),
  flag: id("o"),
  hyphenTail: id("ht"),
  hyphenTailClass: id("ha"),
  cls: id("a"),
  shapeClass: id("sa"),
  wordM2: id("w-2"),
  wordM1: id("w-1"),
  suffix3M1: id("s3-1"),
  shapeM1: id("ss-1"),
  clsM1: id("a-1"),
  wordP1: id("w+1"),
  suffix3P1: id("s3+1"),
  suffix2P1: id("s2+1"),
  shapeP1: id("ss+1"),
  clsP1: id("a+1"),
  wordP2: id("w+2"),
  clsP2: id("a+2"),
  first: id("first"),
  last: id("last"),
  capital: id("cap"),
  casingShape: id("cs"),
  wordM1Word: id("w-1w"),
  wordWordP1: id("ww+1"),
  wordP1WordP2: id("w+1w+2"),
  wordM1WordP1: id("w-1w+1"),
  clsClsP1: id("aa+1"),
  suffix3ClsP1: id("as3"),
  guide0: id("g0"),
  guideP1: id("g+1"),
  guideP2: id("g+2"),
  guide0GuideP1: id("g0g+1"),
  guideP1GuideP2: id("g+1g+2"),
  guideM1Guide0GuideP1: id("g-1g0g+1"),
  wordGuideP1: id("wg+1"),
  labelM1: id("t-1"),
  labelM2: id("t-2"),
  labelM2LabelM1: id("t-2t-1"),
  labelM1Word: id("t-1w"),
  labelM1Cls: id("t-1a"),
  labelM1WordP1: id("t-1w+1"),
  labelM1Suffix3: id("t-1s3"),
} as const;

/** Atoms and integer components must be below this (21 bits). */
export const COMPONENT_LIMIT = 1 << 21;

/** The first key integer of a feature: template and first component. */
export const key1 = (template: number, a: number): number => template * COMPONENT_LIMIT + a;

/** The template of a first key integer. */
export const templateOf = (k1: number): number => Math.floor(k1 / COMPONENT_LIMIT);

/** The first component of a first key integer. */
export const firstComponentOf = (k1: number): number => k1 % COMPONENT_LIMIT;

/**
 * A label as a feature component: labels are ≥ 0, `-1` stands for "before
 * the sentence" and `-2` for "after the sentence".
 */
export const labelComponent = (label: number): number => label + 2;

/** Two labels in one component (labels are below 255, so each fits in 9 bits). */
export const labelPair = (a: number, b: number): number => labelComponent(a) * 512 + labelComponent(b);
