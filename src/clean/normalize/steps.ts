import type { MappedText } from "../mapped.js";
import { repairMojibake } from "./mojibake.js";

/** One normalisation step: a name and a function from text to text that counts its changes. */
export interface NormalizeStep {
  name: string;
  run(text: MappedText): { text: MappedText; changes: number };
}

/** Apply a global pattern and count replacements that changed something. */
function counted(
  text: MappedText,
  pattern: RegExp,
  replace: (m: RegExpExecArray) => string,
): { text: MappedText; changes: number } {
  let changes = 0;
  const out = text.replace(pattern, (m) => {
    const r = replace(m);
    if (r !== m[0]) changes++;
    return r;
  });
  return { text: out, changes };
}

/** NFC only changes non-ASCII runs (and the character before them, which combining marks attach to). */
const NON_ASCII_RUN = /[\u0000-\u007f]?[^\u0000-\u007f]+/g;

/** Quote and dash variants → the forms the tokenizer knows (“ ” ‘ ’ " ' - – —). */
const PUNCT_MAP: Record<string, string> = {
  "\u201b": "\u2018", // ‛ reversed single quote
  "\u201f": "\u201c", // ‟ reversed double quote
  "\u301d": "\u201c", // 〝
  "\u301e": "\u201d", // 〞
  "\u301f": "\u201d", // 〟
  "\uff02": '"', // fullwidth "
  "\uff07": "'", // fullwidth '
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "\u2013", // figure dash
  "\u2015": "\u2014", // horizontal bar
  "\ufe58": "\u2014", // small em dash
  "\ufe63": "-", // small hyphen-minus
  "\uff0d": "-", // fullwidth hyphen-minus
  "\u22ef": "\u2026", // midline ellipsis
};

/**
 * The normalisation steps, in order. Mojibake is repaired before control
 * characters are removed (a lost `”` leaves a C1 control behind), and
 * redaction marks are dropped before spaces are collapsed.
 */
export const NORMALIZE_STEPS: readonly NormalizeStep[] = [
  {
    name: "mojibake",
    run: (t) => {
      const r = repairMojibake(t);
      return { text: r.text, changes: r.repairs };
    },
  },
  { name: "nfc", run: (t) => counted(t, NON_ASCII_RUN, (m) => m[0].normalize("NFC")) },
  { name: "line-breaks", run: (t) => counted(t, /\r\n?|[\u2028\u2029\u0085]/g, () => "\n") },
  {
    name: "invisible-characters",
    // Zero-width characters, BOM, soft hyphen, word joiner and C0/C1 controls except tab and newline.
    run: (t) =>
      counted(
        t,
        /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+/g,
        () => "",
      ),
  },
  { name: "spaces", run: (t) => counted(t, /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, () => " ") },
  {
    name: "quotes-dashes",
    run: (t) => {
      let r = counted(
        t,
        /[\u201b\u201f\u301d-\u301f\uff02\uff07\u2010-\u2012\u2015\ufe58\ufe63\uff0d\u22ef]/g,
        (m) => PUNCT_MAP[m[0]] ?? m[0],
      );
      let changes = r.changes;
      // ``quoted'' (TeX/treebank style) → “quoted”.
      r = counted(r.text, /``([^`'\n]{1,400})''/g, (m) => `\u201c${m[1]}\u201d`);
      changes += r.changes;
      // Acute accent or backtick used as an apostrophe inside a word (don´t, it`s).
      r = counted(r.text, /(?<=\p{L})[\u00b4`](?=\p{L})/gu, () => "\u2019");
      changes += r.changes;
      // A double hyphen between words is a dash.
      r = counted(r.text, /(?<=[\p{L}\p{N} ])--(?=[\p{L}\p{N} ])/gu, () => "\u2014");
      changes += r.changes;
      // Three dots, spaced or not, are an ellipsis (four stay: ellipsis plus full stop is ambiguous).
      r = counted(r.text, /(?<![.])(?:\.\.\.|\. \. \.)(?![.])/g, () => "\u2026");
      return { text: r.text, changes: changes + r.changes };
    },
  },
  {
    name: "redaction-marks",
    // `**` (and longer runs) and block characters mark redactions or markdown emphasis: drop them,
    // leaving a space between two words so they do not run together.
    run: (t) =>
      counted(t, /(\S?)(?:\*{2,}|[\u2588\u2593\u2592]+)(\S?)/gu, (m) => {
        const before = m[1] ?? "";
        const after = m[2] ?? "";
        const gap = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after) ? " " : "";
        return `${before}${gap}${after}`;
      }),
  },
  {
    name: "dehyphenation",
    // A word broken across a line end (`govern-\nment` → `government`); a hyphenated form
    // written elsewhere in the text (`long-term`) keeps its hyphen.
    run: (t) => {
      const source = t.text;
      return counted(t, /(\p{Ll}{2,})-\n(\p{Ll}{2,})/gu, (m) => {
        const a = m[1] ?? "";
        const b = m[2] ?? "";
        return source.includes(`${a}-${b}`) ? `${a}-${b}` : `${a}${b}`;
      });
    },
  },
  { name: "space-runs", run: (t) => counted(t, / {2,}/g, () => " ") },
  { name: "line-ends", run: (t) => counted(t, /^ +| +$/gm, () => "") },
  { name: "blank-lines", run: (t) => counted(t, /\n{3,}/g, () => "\n\n") },
  { name: "trim", run: (t) => counted(t, /^\s+|\s+$/g, () => "") },
];
