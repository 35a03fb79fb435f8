/**
 * Saving and loading the tagger in the Chancery model container
 * (`src/nlp/model-io.ts`, described in `docs/models.md`).
 *
 * Each pass (the main one and, when stacked, its guide) is stored under a
 * prefix (`main.`, `guide.`) as: its label table (in the JSON header), its
 * lexicon (ambiguity classes and fixed labels) and its weights in compressed
 * rows — features sorted by name, the number of labels with a weight per
 * feature, those labels, and the weights quantised to int16 with one scale
 * per label.
 */
import { ChanceryError } from "../../errors.js";
import {
  type JsonObject,
  type ModelFile,
  type ModelMetadata,
  ModelCache,
  modelPath,
  numericSection,
  stringSection,
} from "../model-io.js";
import { TagLexicon } from "./lexicon.js";
import { type PosLabel, PosTagger, SparseWeights } from "./tagger.js";

/** The `kind` of tagger model files. */
export const POS_MODEL_KIND = "pos";

/** File name of the committed tagger model under `models/`. */
export const POS_MODEL_FILE = "pos.bin.gz";

/** How weights are stored. */
export interface TaggerSaveOptions {
  /** Weights whose magnitude is below this are dropped (averaged weights count perceptron updates). */
  pruneBelow: number;
}

/** Defaults chosen on the EWT development set: no measurable loss, a much smaller file. */
export const DEFAULT_TAGGER_SAVE: Readonly<TaggerSaveOptions> = { pruneBelow: 0.05 };

const INT16_MAX = 32767;

function passSections(
  tagger: PosTagger,
  prefix: string,
  options: TaggerSaveOptions,
): Record<string, ModelFile["sections"][string]> {
  const w = tagger.weights;
  const numLabels = tagger.labels.length;
  const scale = new Float32Array(numLabels);
  for (let j = 0; j < w.values.length; j++) {
    const l = w.labels[j]!;
    scale[l] = Math.max(scale[l]!, Math.abs(w.values[j]!) / INT16_MAX);
  }
  const order = w.featureNames
    .map((name, f) => ({ name, f }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names: string[] = [];
  const rowLengths: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  for (const { name, f } of order) {
    let kept = 0;
    for (let j = w.rowStart[f]!; j < w.rowStart[f + 1]!; j++) {
      const v = w.values[j]!;
      const l = w.labels[j]!;
      const q = Math.round(v / scale[l]!);
      if (Math.abs(v) < options.pruneBelow || q === 0) continue;
      labels.push(l);
      values.push(q);
      kept++;
    }
    if (kept > 0) {
      names.push(name);
      rowLengths.push(kept);
    }
  }
  const lexicon = tagger.lexicon;
  const classWords = [...lexicon.classes.keys()].sort();
  const fixedWords = [...lexicon.fixed.keys()].sort();
  return {
    [`${prefix}features`]: names,
    [`${prefix}rowLengths`]: Uint8Array.from(rowLengths),
    [`${prefix}labels`]: Uint8Array.from(labels),
    [`${prefix}values`]: Int16Array.from(values),
    [`${prefix}scales`]: scale,
    [`${prefix}classWords`]: classWords,
    [`${prefix}classes`]: classWords.map((word) => lexicon.classes.get(word)!),
    [`${prefix}fixedWords`]: fixedWords,
    [`${prefix}fixedLabels`]: Uint8Array.from(fixedWords, (word) => lexicon.fixed.get(word)!),
  };
}

function passHeader(tagger: PosTagger): JsonObject {
  return { reverse: tagger.reverse, labels: tagger.labels.map((l) => `${l.upos} ${l.xpos}`) };
}

/**
 * The tagger as a model container (pruned and quantised).
 *
 * @example
 * writeModelFile("models/pos.bin.gz", taggerToModel(tagger, metadata));
 */
export function taggerToModel(
  tagger: PosTagger,
  metadata: ModelMetadata,
  options: TaggerSaveOptions = DEFAULT_TAGGER_SAVE,
): ModelFile {
  const passes: PosTagger[] = [];
  for (let t: PosTagger | undefined = tagger; t !== undefined; t = t.guide) passes.unshift(t);
  if (passes.some((p) => p.labels.length > 255)) {
    throw new ChanceryError("CH_DATA_INVALID", "the tagger model format holds at most 255 labels per pass");
  }
  const names = passes.map((_, k) => (k === passes.length - 1 ? "main" : `guide${k}`));
  const sections: ModelFile["sections"] = {};
  passes.forEach((p, k) => Object.assign(sections, passSections(p, `${names[k]}.`, options)));
  return {
    kind: POS_MODEL_KIND,
    metadata,
    header: {
      passes: passes.map((p, k) => ({ name: names[k]!, ...passHeader(p) })),
      quantisation: "int16, one scale per label",
      pruneBelow: options.pruneBelow,
    },
    sections,
  };
}

interface StoredPass {
  name: string;
  reverse: boolean;
  labels: string[];
}

function readPass(model: ModelFile, pass: StoredPass, guide: PosTagger | undefined): PosTagger {
  const p = `${pass.name}.`;
  const features = stringSection(model, `${p}features`);
  const rowLengths = numericSection(model, `${p}rowLengths`, Uint8Array);
  const labels = numericSection(model, `${p}labels`, Uint8Array);
  const values = numericSection(model, `${p}values`, Int16Array);
  const scales = numericSection(model, `${p}scales`, Float32Array);
  if (rowLengths.length !== features.length || labels.length !== values.length) {
    throw new ChanceryError("CH_DATA_INVALID", `tagger pass "${pass.name}" has inconsistent weight tables`);
  }
  const rowStart = new Uint32Array(features.length + 1);
  for (let f = 0; f < features.length; f++) rowStart[f + 1] = rowStart[f]! + rowLengths[f]!;
  const weights = new Float32Array(values.length);
  for (let j = 0; j < values.length; j++) weights[j] = values[j]! * scales[labels[j]!]!;
  const classWords = stringSection(model, `${p}classWords`);
  const classes = stringSection(model, `${p}classes`);
  const fixedWords = stringSection(model, `${p}fixedWords`);
  const fixedLabels = numericSection(model, `${p}fixedLabels`, Uint8Array);
  const lexicon = new TagLexicon(
    new Map(classWords.map((w, i) => [w, classes[i]!])),
    new Map(fixedWords.map((w, i) => [w, fixedLabels[i]!])),
  );
  const posLabels: PosLabel[] = pass.labels.map((l) => {
    const [upos = "", xpos = "_"] = l.split(" ");
    return { upos, xpos };
  });
  return new PosTagger(
    posLabels,
    lexicon,
    new SparseWeights(features, rowStart, Uint16Array.from(labels), weights),
    { reverse: pass.reverse, guide },
  );
}

/** Rebuild a tagger from a model container. */
export function taggerFromModel(model: ModelFile): PosTagger {
  const passes = model.header["passes"];
  if (!Array.isArray(passes) || passes.length === 0) {
    throw new ChanceryError("CH_DATA_INVALID", "tagger model lists no passes");
  }
  let tagger: PosTagger | undefined;
  for (const pass of passes as unknown as StoredPass[]) tagger = readPass(model, pass, tagger);
  return tagger!;
}

const cache = new ModelCache(POS_MODEL_KIND, (model) => taggerFromModel(model));

/**
 * The tagger stored at `path` (default: the committed `models/pos.bin.gz`),
 * read on first use and shared by every caller in the process.
 */
export function loadPosTagger(path: string = modelPath(POS_MODEL_FILE)): PosTagger {
  return cache.load(path);
}
