import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import { loadParser } from "../../nlp/parser/io.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/**
 * Options the parse stage reads from the run options: `parseModel`, the path
 * of a parser model to use instead of the committed `models/parse.bin.gz`.
 */
export interface ParseStageOptions {
  parseModel?: string;
}

function modelOption(ctx: StageContext): string | undefined {
  const value = ctx.options["parseModel"];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") {
    throw new ChanceryError("CH_USAGE", 'option "parseModel" must be the path of a model file');
  }
  return value;
}

/**
 * Parse stage: a labelled dependency tree per sentence. Sets `head` on every
 * token (the document-level index of its head, -1 for the sentence root) and
 * `deprel` (a Universal Dependencies relation such as `nsubj` or `obl:tmod`).
 * The model is read once per process, on first use, and shared.
 */
export const parseStage: Stage = {
  name: "parse",
  description: "Labelled dependency tree (UD relations) of every sentence: token head and deprel",
  requires: ["tokens", "pos"],
  assigns: ["deps"],
  run(doc: Doc, ctx: StageContext): Doc {
    const tokens = doc.tokens;
    if (tokens.length === 0) return doc;
    const parser = loadParser(modelOption(ctx));
    const names = parser.transitions.labels;
    let heads = new Int32Array(64);
    let labels = new Int32Array(64);
    for (let start = 0; start < tokens.length;) {
      const sentence = tokens[start]!.sentence;
      let end = start + 1;
      while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
      const run = tokens.slice(start, end);
      const n = run.length;
      if (n > heads.length) {
        heads = new Int32Array(n * 2);
        labels = new Int32Array(n * 2);
      }
      parser.parseInto(
        { forms: run.map((t) => t.text), upos: run.map((t) => t.upos), xpos: run.map((t) => t.xpos) },
        heads,
        labels,
      );
      for (let i = 0; i < n; i++) {
        const token = run[i]!;
        const h = heads[i]!;
        token.head = h < 0 ? -1 : start + h;
        token.deprel = names[labels[i]!] ?? "dep";
      }
      start = end;
    }
    return doc;
  },
};
