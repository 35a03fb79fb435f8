/**
 * A correction for news verbs the tagger's training text rarely shows:
 * "Police threaten to make arrests" (tagged as a pronoun), "Mayor Resigns"
 * (a plural noun). A form of a listed verb lemma (`data/nlp/news-verbs.txt`)
 * is re-tagged as a verb when the word before it calls for one: a noun,
 * proper noun or pronoun that can be its subject, "to", or a modal.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Token } from "../../doc/types.js";
import { packageRoot } from "../../util/paths.js";

let lemmas: Map<string, string> | null = null;

/** Every inflected form of the listed verbs → its tense tag (VB/VBZ/VBD/VBG). */
function forms(): Map<string, string> {
  if (lemmas) return lemmas;
  lemmas = new Map();
  const text = readFileSync(join(packageRoot(), "data", "nlp", "news-verbs.txt"), "utf8");
  for (const raw of text.split("\n")) {
    const v = raw.replace(/#.*$/, "").trim().toLowerCase();
    if (v === "") continue;
    const stem = v.endsWith("e") ? v.slice(0, -1) : v;
    const double = /[^aeiou][aeiou][bdgmnprt]$/.test(v) && !/en$/.test(v) ? v + v.slice(-1) : v;
    lemmas.set(v, "VB");
    lemmas.set(
      v.endsWith("y") ? `${v.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(v) ? `${v}es` : `${v}s`,
      "VBZ",
    );
    lemmas.set(v.endsWith("e") ? `${v}d` : `${double}ed`, "VBD");
    lemmas.set(v.endsWith("e") ? `${stem}ing` : `${double}ing`, "VBG");
  }
  return lemmas;
}

const SUBJECT_UPOS = new Set(["NOUN", "PROPN", "PRON"]);
const MODALS = new Set(["will", "would", "could", "may", "might", "shall", "should", "must", "can", "to"]);

/** The lemma of a listed verb form, or null. */
function lemmaOf(form: string): string | null {
  const f = form.toLowerCase();
  const tag = forms().get(f);
  if (!tag) return null;
  for (const [k, t] of forms())
    if (t === "VB" && (f === k || f.startsWith(k.endsWith("e") ? k.slice(0, -1) : k))) return k;
  return null;
}

/** Re-tag listed news verbs the tagger read as something else, in one sentence's tokens (in place). */
export function correctNewsVerbs(run: Token[]): number {
  let fixed = 0;
  for (let i = 1; i < run.length; i++) {
    const t = run[i]!;
    if (t.upos === "VERB" || t.upos === "AUX") continue;
    const tag = forms().get(t.text.toLowerCase());
    if (!tag) continue;
    const prev = run[i - 1]!;
    const prevWord = prev.text.toLowerCase();
    let xpos: string | null = null;
    if (MODALS.has(prevWord)) xpos = "VB";
    else if (SUBJECT_UPOS.has(prev.upos ?? "") && tag !== "VBG") {
      // A bare form after a subject is present tense (VBP); the rest keep their form's tag.
      xpos = tag === "VB" ? "VBP" : tag;
      // Not when the word before is itself a determiner-led noun modifier ("the ban", "a protest").
      if (t.upos === "NOUN" && (tag === "VB" || tag === "VBZ")) {
        const next = run[i + 1];
        if (!next || !["DET", "PART", "ADP", "PROPN", "NOUN", "PRON", "NUM", "ADJ"].includes(next.upos ?? ""))
          xpos = null;
      }
    }
    if (xpos === null) continue;
    t.upos = "VERB";
    t.xpos = xpos;
    t.lemma = lemmaOf(t.text) ?? t.lemma;
    fixed++;
  }
  return fixed;
}
