import type { Doc } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import { loadParserEnsemble, type SentenceParser } from "../../nlp/parser/ensemble.js";
import { loadParser } from "../../nlp/parser/io.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/**
 * Options the parse stage reads from the run options:
 * - `parseMode`: `single` (the default: the left-to-right parser
 *   `models/parse.bin.gz`, which the event rules were tuned on) or `ensemble`
 *   (the parsers of `models/parse-ensemble.json` vote on every tree: more
 *   accurate on EWT, about four times slower; see docs/models.md);
 * - `parseModel`: the path of one parser model to use alone (implies `single`);
 * - `parseEnsemble`: the path of an ensemble description to use instead of the committed one.
 */
export interface ParseStageOptions {
  parseMode?: "ensemble" | "single";
  parseModel?: string;
  parseEnsemble?: string;
}

function pathOption(options: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") {
    throw new ChanceryError("CH_USAGE", `option "${name}" must be the path of a file`);
  }
  return value;
}

/** The parser the run options ask for (models are read once per process). */
export function parserFor(options: Readonly<Record<string, unknown>>): SentenceParser {
  const mode = options["parseMode"] ?? (options["parseEnsemble"] !== undefined ? "ensemble" : "single");
  if (mode !== "ensemble" && mode !== "single") {
    throw new ChanceryError("CH_USAGE", 'option "parseMode" must be "ensemble" or "single"');
  }
  const model = pathOption(options, "parseModel");
  const ensemble = pathOption(options, "parseEnsemble");
  if (model !== undefined && ensemble !== undefined) {
    throw new ChanceryError("CH_USAGE", 'options "parseModel" and "parseEnsemble" exclude each other');
  }
  if (mode === "single" && ensemble !== undefined) {
    throw new ChanceryError("CH_USAGE", 'option "parseEnsemble" needs "parseMode" ensemble');
  }
  if (model !== undefined || mode === "single") return loadParser(model);
  return loadParserEnsemble(ensemble);
}

/**
 * Parse stage: a labelled dependency tree per sentence. Sets `head` on every
 * token (the document-level index of its head, -1 for the sentence root) and
 * `deprel` (a Universal Dependencies relation such as `nsubj` or `obl:tmod`).
 * Models are read once per process, on first use, and shared; the
 * `parseMode` option makes an ensemble of parsers vote on every tree instead
 * (see `ParseStageOptions`).
 */
export const parseStage: Stage = {
  name: "parse",
  description: "Labelled dependency tree (UD relations) of every sentence: token head and deprel",
  requires: ["tokens", "pos"],
  assigns: ["deps"],
  run(doc: Doc, ctx: StageContext): Doc {
    const tokens = doc.tokens;
    if (tokens.length === 0) return doc;
    const parser = parserFor(ctx.options);
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
