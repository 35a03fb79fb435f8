/**
 * Feature templates of the part-of-speech tagger. Training and tagging both
 * call these functions, so a model always sees the features it was trained on.
 *
 * Features are short strings (`s3=ing`, `w-1=the`); history features name the
 * previous labels by their index in the model's label table.
 */
import type { TagLexicon } from "./lexicon.js";

/** Word standing in for positions before the start / after the end of a sentence. */
const PAD_START = "<s>";
const PAD_END = "</s>";

/**
 * The form used for word-identity features: lower case, digits mapped to `0`
 * so that numbers of one shape share a feature.
 *
 * @example
 * normalizeWord("March") // "march"
 * normalizeWord("1,250") // "0,000"
 */
export function normalizeWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, "0");
}

function charClass(ch: string): string {
  if (ch >= "a" && ch <= "z") return "x";
  if (ch >= "A" && ch <= "Z") return "X";
  if (ch >= "0" && ch <= "9") return "d";
  const lower = ch.toLowerCase();
  if (lower !== ch.toUpperCase()) return lower === ch ? "x" : "X";
  return ch;
}

/**
 * The shape of a word: letters and digits as `X`, `x`, `d`, other characters
 * kept, runs longer than two shortened to two.
 *
 * @example
 * wordShape("McCain") // "XxXxx"
 * wordShape("1984")   // "dd"
 */
export function wordShape(form: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of form) {
    const c = charClass(ch);
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
  }
  return out;
}

/**
 * The coarse shape of a word: like {@link wordShape} with every run
 * collapsed to one character.
 *
 * @example
 * shortShape("U.S.") // "X.X."
 * shortShape("well-known") // "x-x"
 */
export function shortShape(form: string): string {
  let out = "";
  let last = "";
  for (const ch of form) {
    const c = charClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Orthographic flags of a word that hint at its class. */
function orthographicFeatures(form: string, initial: boolean, out: string[]): void {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  for (const ch of form) {
    if (ch >= "0" && ch <= "9") digit++;
    else if (ch.toLowerCase() !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lower++;
  }
  if (digit > 0) out.push(digit === form.length ? "o=num" : "o=dig");
  if (form.includes("-")) out.push("o=hyph");
  if (upper > 0) {
    const capital = form[0] !== undefined && form[0].toLowerCase() !== form[0];
    if (upper > 1 && lower === 0) out.push("o=caps");
    else if (capital) out.push(initial ? "o=cap0" : "o=cap");
    else out.push("o=mixed");
  }
  if (form.includes("@")) out.push("o=at");
  if (/^(https?:|www\.)/i.test(form)) out.push("o=url");
  else if (/\w\.\w/.test(form)) out.push("o=dot");
  if (form.length === 1) out.push("o=len1");
  else if (form.length > 12) out.push("o=long");
}

/**
 * Everything about a sentence that the feature templates read, computed once
 * per sentence: normalised words, suffixes, shapes and ambiguity classes.
 */
export class SentenceView {
  /** The words as given. */
  readonly forms: readonly string[];
  /** {@link normalizeWord} of each word. */
  readonly norms: readonly string[];
  /** Ambiguity class of each word (the labels the lexicon saw it with), `?` when unknown. */
  readonly classes: readonly string[];
  readonly shapes: readonly string[];
  /** Labels a previous tagging pass chose for each word, when the model is stacked on one. */
  readonly guide: Int32Array | undefined;
  /** Index of the sentence's first word (the last index when the words are reversed). */
  readonly initial: number;
  /** How the sentence uses capitals: `lower` (none), `caps`, `title` (most words), or `mixed`. */
  readonly casing: string;
  readonly #lexicon: TagLexicon;

  /**
   * @param forms - the words, in the order the tagger reads them.
   * @param reversed - whether `forms` is the sentence read right to left.
   */
  constructor(forms: readonly string[], lexicon: TagLexicon, guide?: Int32Array, reversed = false) {
    this.forms = forms;
    this.guide = guide;
    this.#lexicon = lexicon;
    this.norms = forms.map(normalizeWord);
    this.classes = this.norms.map((n) => lexicon.ambiguityClass(n));
    this.shapes = forms.map(shortShape);
    this.initial = reversed ? forms.length - 1 : 0;
    this.casing = sentenceCasing(forms, this.initial);
  }

  /** The ambiguity class of any normalised word. */
  classOf(norm: string): string {
    return this.#lexicon.ambiguityClass(norm);
  }

  /** Number of words. */
  get length(): number {
    return this.forms.length;
  }

  /** The normalised word at `i`, or a padding symbol outside the sentence. */
  norm(i: number): string {
    if (i < 0) return PAD_START;
    return this.norms[i] ?? PAD_END;
  }

  /** The ambiguity class at `i`, or a padding symbol outside the sentence. */
  cls(i: number): string {
    if (i < 0) return PAD_START;
    return this.classes[i] ?? PAD_END;
  }

  /** The guide label at `i` as a feature value, or a padding symbol outside the sentence. */
  guideLabel(i: number): string {
    if (i < 0) return PAD_START;
    const g = this.guide?.[i];
    return g === undefined ? PAD_END : String(g);
  }

  /** The short shape at `i`, or a padding symbol outside the sentence. */
  shape(i: number): string {
    if (i < 0) return PAD_START;
    return this.shapes[i] ?? PAD_END;
  }
}

/** How a sentence uses capitals, ignoring its first word. */
function sentenceCasing(forms: readonly string[], initial: number): string {
  let words = 0;
  let capital = 0;
  let caps = 0;
  forms.forEach((form, i) => {
    if (i === initial || !/^[A-Za-z]/.test(form)) return;
    words++;
    if (/^[A-Z]/.test(form)) capital++;
    if (form.length > 1 && /^[A-Z]+$/.test(form)) caps++;
  });
  if (words < 3) return "short";
  if (capital === 0) return "lower";
  if (caps >= 0.6 * words) return "caps";
  if (capital >= 0.6 * words) return "title";
  return "mixed";
}

function suffix(word: string, n: number): string {
  return word.length > n ? word.slice(-n) : word;
}

/**
 * Append the features of word `i` that do not depend on predicted labels.
 *
 * @example
 * const out: string[] = [];
 * staticFeatures(new SentenceView(["Lavrov", "will", "arrive"], lexicon), 1, out);
 */
export function staticFeatures(view: SentenceView, i: number, out: string[]): void {
  const form = view.forms[i] ?? "";
  const w = view.norm(i);
  const lower = form.toLowerCase();
  out.push("b", `w=${w}`);
  if (form !== lower) out.push(`f=${form}`);
  for (let n = 1; n <= 4 && n < lower.length; n++) out.push(`p${n}=${lower.slice(0, n)}`);
  for (let n = 1; n <= 5 && n < lower.length; n++) out.push(`s${n}=${lower.slice(-n)}`);
  out.push(`sh=${wordShape(form)}`, `ss=${view.shape(i)}`);
  orthographicFeatures(form, i === view.initial, out);
  if (i === 0) out.push("first");
  if (i === view.length - 1) out.push("last");
  const ss = view.shape(i);
  out.push(`cs=${view.casing} ${ss}`);
  const hyphen = lower.lastIndexOf("-");
  if (hyphen > 0 && hyphen < lower.length - 1) {
    const tail = normalizeWord(lower.slice(hyphen + 1));
    out.push(`ht=${tail}`, `ha=${view.classOf(tail)}`);
  }

  const wm1 = view.norm(i - 1);
  const wm2 = view.norm(i - 2);
  const wp1 = view.norm(i + 1);
  const wp2 = view.norm(i + 2);
  out.push(`w-1=${wm1}`, `w-2=${wm2}`, `w+1=${wp1}`, `w+2=${wp2}`);
  out.push(`w-1w=${wm1} ${w}`, `ww+1=${w} ${wp1}`, `w+1w+2=${wp1} ${wp2}`);
  out.push(`s3-1=${suffix(wm1, 3)}`, `s3+1=${suffix(wp1, 3)}`, `s2+1=${suffix(wp1, 2)}`);
  out.push(`ss-1=${view.shape(i - 1)}`, `ss+1=${view.shape(i + 1)}`);

  const a = view.cls(i);
  const ap1 = view.cls(i + 1);
  out.push(`a=${a}`, `a+1=${ap1}`, `a+2=${view.cls(i + 2)}`, `aa+1=${a} ${ap1}`, `a-1=${view.cls(i - 1)}`);
  out.push(`w-1w+1=${wm1} ${wp1}`, `sa=${ss} ${a}`);
  if (a === "?") out.push(`as3=${suffix(w, 3)} ${ap1}`);
  if (view.guide !== undefined) guideFeatures(view, i, out);
}

/** Features reading the labels of a previous pass, which sees the right context's labels. */
function guideFeatures(view: SentenceView, i: number, out: string[]): void {
  const g0 = view.guideLabel(i);
  const gp1 = view.guideLabel(i + 1);
  const gp2 = view.guideLabel(i + 2);
  out.push(`g0=${g0}`, `g+1=${gp1}`, `g+2=${gp2}`, `g0g+1=${g0} ${gp1}`, `g+1g+2=${gp1} ${gp2}`);
  out.push(`wg+1=${view.norm(i)} ${gp1}`, `g-1g0g+1=${view.guideLabel(i - 1)} ${g0} ${gp1}`);
}

/**
 * Append the features of word `i` that read the labels predicted for the two
 * previous words (`-1` before the sentence start).
 */
export function historyFeatures(
  view: SentenceView,
  i: number,
  prev1: number,
  prev2: number,
  out: string[],
): void {
  const w = view.norm(i);
  out.push(
    `t-1=${prev1}`,
    `t-2=${prev2}`,
    `t-2t-1=${prev2} ${prev1}`,
    `t-1w=${prev1} ${w}`,
    `t-1a=${prev1} ${view.cls(i)}`,
    `t-1w+1=${prev1} ${view.norm(i + 1)}`,
    `t-1s3=${prev1} ${suffix(w, 3)}`,
  );
}
