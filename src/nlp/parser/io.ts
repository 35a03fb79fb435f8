/**
 * Parser model files, in the shared Chancery container (`model-io.ts`) with
 * kind `parse`. Sections:
 *
 * | section | type | content |
 * |---|---|---|
 * | `keyDeltas` | u32 | feature keys in increasing order, each stored as the difference from the previous one |
 * | `rowLengths` | u8 | number of weights of each feature |
 * | `classes` | u8 | transition class of each weight |
 * | `weights` | i16 | quantised weight (`round(w × scale)`) |
 * | `words` | strings | known normalised word forms |
 * | `xpos`, `upos` | strings | known tags |
 * | `labels` | strings | dependency relations (label ids) |
 * | `leftAllowed`, `rightAllowed` | u8 | per label: may it be a left / right arc |
 *
 * The header records the feature-template version, the feature layout (its
 * name and move-only templates), the number of classes and the quantisation scale.
 */
import {
  type ModelFile,
  type ModelMetadata,
  ModelCache,
  modelPath,
  numericSection,
  stringSection,
  writeModelFile,
} from "../model-io.js";
import { ChanceryError } from "../../errors.js";
import type { FeatureLayout } from "./layout.js";
import { ParserLexicon } from "./lexicon.js";
import { DependencyParser } from "./parser.js";
import { TransitionSet } from "./system.js";
import { CompactWeights, type WeightArrays } from "./weights.js";

/** The model kind of parser files. */
export const PARSER_MODEL_KIND = "parse";

/** File name of the committed parser model under `models/`. */
export const PARSER_MODEL_FILE = "parse.bin.gz";

/** Version of the feature templates; a model trained with other templates is refused. */
export const FEATURE_SET_VERSION = 3;

/** A parser ready to be written, with its provenance. */
export interface ParserModelParts {
  lexicon: ParserLexicon;
  transitions: TransitionSet;
  weights: WeightArrays;
  scale: number;
  layout: FeatureLayout;
  metadata: ModelMetadata;
}

/** Keep the weights whose magnitude is at least `minWeight` (and the features left with one). */
export function pruneWeights(arrays: WeightArrays, minWeight: number): WeightArrays {
  const keys: number[] = [];
  const lengths: number[] = [];
  const classes: number[] = [];
  const weights: number[] = [];
  let e = 0;
  for (let f = 0; f < arrays.keys.length; f++) {
    let kept = 0;
    for (let j = 0; j < arrays.lengths[f]!; j++, e++) {
      const w = arrays.weights[e]!;
      if (Math.abs(w) < minWeight) continue;
      classes.push(arrays.classes[e]!);
      weights.push(w);
      kept++;
    }
    if (kept > 0) {
      keys.push(arrays.keys[f]!);
      lengths.push(kept);
    }
  }
  return {
    keys: Uint32Array.from(keys),
    lengths: Uint8Array.from(lengths),
    classes: Uint8Array.from(classes),
    weights: Int16Array.from(weights),
  };
}

/** The container form of a parser. */
export function parserModelFile(parts: ParserModelParts): ModelFile {
  const { keys } = parts.weights;
  const deltas = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) deltas[i] = (keys[i]! - (i > 0 ? keys[i - 1]! : 0)) >>> 0;
  return {
    kind: PARSER_MODEL_KIND,
    metadata: parts.metadata,
    header: {
      featureSet: FEATURE_SET_VERSION,
      layout: parts.layout.name,
      moveOnlyTemplates: [...parts.layout.moveOnly],
      numClasses: parts.transitions.numClasses,
      scale: parts.scale,
      features: keys.length,
      weights: parts.weights.classes.length,
    },
    sections: {
      keyDeltas: deltas,
      rowLengths: parts.weights.lengths,
      classes: parts.weights.classes,
      weights: parts.weights.weights,
      words: parts.lexicon.words.values,
      xpos: parts.lexicon.xpos.values,
      upos: parts.lexicon.upos.values,
      labels: parts.transitions.labels,
      leftAllowed: parts.transitions.leftAllowed,
      rightAllowed: parts.transitions.rightAllowed,
    },
  };
}

/** Write a parser model (gzip-compressed); returns the bytes written. */
export function saveParser(path: string, parts: ParserModelParts): number {
  return writeModelFile(path, parserModelFile(parts));
}

/** Build a parser from a decoded container. */
export function parserFromModel(model: ModelFile): DependencyParser {
  const version = model.header["featureSet"];
  if (version !== FEATURE_SET_VERSION) {
    throw new ChanceryError(
      "CH_MODEL_VERSION",
      `parser model uses feature set ${String(version)}, this Chancery computes set ${FEATURE_SET_VERSION}; retrain it`,
    );
  }
  const moveOnly = model.header["moveOnlyTemplates"];
  if (!Array.isArray(moveOnly) || !moveOnly.every((t) => typeof t === "number")) {
    throw new ChanceryError("CH_DATA_INVALID", "parser model header lacks its move-only template list");
  }
  const layout: FeatureLayout = {
    name: String(model.header["layout"] ?? "custom"),
    moveOnly: moveOnly as number[],
  };
  const deltas = numericSection(model, "keyDeltas", Uint32Array);
  const keys = new Uint32Array(deltas.length);
  let k = 0;
  for (let i = 0; i < deltas.length; i++) {
    k = (k + deltas[i]!) >>> 0;
    keys[i] = k;
  }
  const arrays: WeightArrays = {
    keys,
    lengths: numericSection(model, "rowLengths", Uint8Array),
    classes: numericSection(model, "classes", Uint8Array),
    weights: numericSection(model, "weights", Int16Array),
  };
  const transitions = new TransitionSet(
    stringSection(model, "labels"),
    numericSection(model, "leftAllowed", Uint8Array),
    numericSection(model, "rightAllowed", Uint8Array),
  );
  try {
    const lexicon = new ParserLexicon(
      stringSection(model, "words"),
      stringSection(model, "xpos"),
      stringSection(model, "upos"),
    );
    return new DependencyParser(
      lexicon,
      transitions,
      new CompactWeights(transitions.numClasses, arrays),
      layout,
    );
  } catch (err) {
    throw new ChanceryError("CH_DATA_INVALID", `parser model is inconsistent: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

const cache = new ModelCache<DependencyParser>(PARSER_MODEL_KIND, (model) => parserFromModel(model));

/**
 * The parser of a model file, read once per process (default: the committed
 * `models/parse.bin.gz`).
 *
 * @example
 * const parser = loadParser();
 */
export function loadParser(path: string = modelPath(PARSER_MODEL_FILE)): DependencyParser {
  return cache.load(path);
}
