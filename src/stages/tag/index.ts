import type { Doc } from "../../doc/doc.js";
import type { Token } from "../../doc/types.js";
import { ChanceryError } from "../../errors.js";
import { loadLemmatizer } from "../../nlp/lemmatizer/lemmatizer.js";
import { loadPosTagger } from "../../nlp/tagger/io.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { taggerForms } from "./headline.js";
import { correctNewsVerbs } from "./news-verbs.js";

/**
 * Options the tag stage reads from the run options: paths of other model
 * files to use instead of the committed `models/pos.bin.gz` and
 * `models/lemma.bin.gz`.
 */
export interface TagStageOptions {
  posModel?: string;
  lemmaModel?: string;
}

function pathOption(ctx: StageContext, key: keyof TagStageOptions): string | undefined {
  const value = ctx.options[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") {
    throw new ChanceryError("CH_USAGE", `option "${key}" must be the path of a model file`);
  }
  return value;
}

/** The tokens of `doc` split into runs that share a sentence index. */
export function sentenceRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (current.length > 0 && current[0]!.sentence !== token.sentence) {
      runs.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * Tag stage: sets `upos`, `xpos` and `lemma` on every token, one sentence at
 * a time, with the averaged-perceptron tagger and the treebank lemmatizer.
 * The models are read once per process, on first use, and shared.
 */
export const tagStage: Stage = {
  name: "tag",
  description: "Part of speech (UPOS + Penn Treebank tag) and lemma of every token",
  requires: ["tokens"],
  assigns: ["pos", "lemmas"],
  run(doc: Doc, ctx: StageContext): Doc {
    if (doc.tokens.length === 0) return doc;
    const tagger = loadPosTagger(pathOption(ctx, "posModel"));
    const lemmatizer = loadLemmatizer(pathOption(ctx, "lemmaModel"));
    for (const run of sentenceRuns(doc.tokens)) {
      const tags = tagger.tag(taggerForms(run, tagger));
      run.forEach((token, i) => {
        const { upos, xpos } = tags[i]!;
        token.upos = upos;
        token.xpos = xpos;
        token.lemma = lemmatizer.lemmatize(token.text, upos, xpos);
      });
      correctNewsVerbs(run);
    }
    return doc;
  },
};
