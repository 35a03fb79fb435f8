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
 * name and move-only templates), the number of classes, the quantisation
 * scale and the direction (`left-to-right`, or `right-to-left` for a parser
 * trained on reversed sentences; absent in older files, which are left-to-right).
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
  /** Trained on sentences read right to left. */
  reverse?: boolean;
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

/**
 * Average several quantised weight sets (weights of one feature-and-class
 * summed as `weight / scale`, divided by their number) and quantise the
 * average again with the largest magnitude at 32767. Greedy decoding with
 * the average scores each transition by the sum of the models' scores, so
 * parsers trained on different shuffles of the same data (same vocabularies
 * and transitions) vote at every decision at the cost of one model.
 */
export function averageWeights(parts: readonly { weights: WeightArrays; scale: number }[]): {
  weights: WeightArrays;
  scale: number;
} {
  if (parts.length === 0) throw new RangeError("nothing to average");
  const rows = new Map<number, Map<number, number>>();
  for (const { weights, scale } of parts) {
    let e = 0;
    for (let f = 0; f < weights.keys.length; f++) {
      const key = weights.keys[f]!;
      let row = rows.get(key);
      if (row === undefined) rows.set(key, (row = new Map()));
      for (let j = 0; j < weights.lengths[f]!; j++, e++) {
        const c = weights.classes[e]!;
        row.set(c, (row.get(c) ?? 0) + weights.weights[e]! / scale / parts.length);
      }
    }
  }
  let maxAbs = 0;
  for (const row of rows.values()) for (const w of row.values()) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const keys: number[] = [];
  const lengths: number[] = [];
  const classes: number[] = [];
  const weights: number[] = [];
  for (const key of [...rows.keys()].sort((a, b) => a - b)) {
    let kept = 0;
    for (const [c, w] of [...rows.get(key)!].sort((a, b) => a[0] - b[0])) {
      const q = Math.round(w * scale);
      if (q === 0) continue;
      classes.push(c);
      weights.push(q);
      kept++;
    }
    if (kept > 0) {
      keys.push(key);
      lengths.push(kept);
    }
  }
  return {
    weights: {
      keys: Uint32Array.from(keys),
      lengths: Uint8Array.from(lengths),
      classes: Uint8Array.from(classes),
      weights: Int16Array.from(weights),
    },
    scale,
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
      direction: parts.reverse === true ? "right-to-left" : "left-to-right",
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
  // Files written before the header said so are left-to-right.
  const direction = model.header["direction"] ?? "left-to-right";
  if (direction !== "left-to-right" && direction !== "right-to-left") {
    throw new ChanceryError(
      "CH_DATA_INVALID",
      `parser model header has an unknown direction "${String(direction)}"`,
    );
  }
  const scale = Number(model.header["scale"] ?? 1);
  if (!(scale > 0)) throw new ChanceryError("CH_DATA_INVALID", "parser model header has no positive scale");
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
      {
        reverse: direction === "right-to-left",
        scale,
      },
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
