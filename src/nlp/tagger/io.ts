/**
 * Saving and loading the tagger in the Chancery model container
 * (`src/nlp/model-io.ts`, described in `docs/models.md`).
 *
 * Each pass (the main one and, when stacked, its guide) is stored under a
 * prefix (`main.`, `guide0.`) as: its label table (in the JSON header), its
 * lexicon (ambiguity classes and fixed labels), the strings its features
 * mention (atoms, sorted) and its weights in compressed rows — per feature
 * its template and two components (atom ids or small integers, see
 * `templates.ts`), the number of labels with a weight, those labels, and
 * the weights quantised to int16 with a scale per label. Loading merges the
 * passes' atoms into one table.
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
import { AtomTable } from "./atoms.js";
import { TagLexicon } from "./lexicon.js";
import { type PosLabel, PosTagger } from "./tagger.js";
import { COMPONENT_LIMIT, firstComponentOf, key1, TEMPLATE_ID, TEMPLATES, templateOf } from "./templates.js";
import { FeatureWeights, packedLabel, packedValue, packWeight } from "./weights.js";

/** The `kind` of tagger model files. */
export const POS_MODEL_KIND = "pos";

/** File name of the committed tagger model under `models/`. */
export const POS_MODEL_FILE = "pos.bin.gz";

/**
 * Version of the tagger's own layout inside the container (`header.featureFormat`):
 * 2 stores features as integer keys over an atom table. Version 1 (feature
 * names as strings) is no longer read.
 */
export const POS_FEATURE_FORMAT = 2;

/** How weights are stored. */
export interface TaggerSaveOptions {
  /** Weights whose magnitude is below this are dropped (averaged weights count perceptron updates). */
  pruneBelow: number;
}

/**
 * Defaults chosen on the EWT development set: dropping weights under 0.5
 * (half a perceptron update) leaves dev UPOS within noise (mean of three
 * seeds 95.46 against 95.49 unpruned) and makes the model smaller and
 * tagging about a tenth faster.
 */
export const DEFAULT_TAGGER_SAVE: Readonly<TaggerSaveOptions> = { pruneBelow: 0.5 };

/** A feature of a pass with its key spelled out, for sorting and renumbering atoms. */
interface StoredFeature {
  template: number;
  a: number;
  b: number;
  row: number;
}

/**
 * The features of a pass with atom ids renumbered to index the sorted table
 * of the atoms they mention, sorted by template and components.
 */
function storedFeatures(tagger: PosTagger): { atoms: string[]; features: StoredFeature[] } {
  const { k1, k2 } = tagger.weights;
  const raw: StoredFeature[] = [];
  const used = new Set<number>();
  for (let r = 0; r < k1.length; r++) {
    const template = templateOf(k1[r]!);
    const spec = TEMPLATES[template]!;
    const f = { template, a: firstComponentOf(k1[r]!), b: k2[r]!, row: r };
    if (spec.a === "atom") used.add(f.a);
    if (spec.b === "atom") used.add(f.b);
    raw.push(f);
  }
  const atoms = [...used].map((a) => tagger.atoms.string(a)).sort();
  const renumbered = new Map(atoms.map((s, i) => [tagger.atoms.id(s), i]));
  const features = raw.map((f) => {
    const spec = TEMPLATES[f.template]!;
    return {
      ...f,
      a: spec.a === "atom" ? renumbered.get(f.a)! : f.a,
      b: spec.b === "atom" ? renumbered.get(f.b)! : f.b,
    };
  });
  features.sort((x, y) => x.template - y.template || x.a - y.a || x.b - y.b);
  return { atoms, features };
}

function passSections(
  tagger: PosTagger,
  prefix: string,
  options: TaggerSaveOptions,
): Record<string, ModelFile["sections"][string]> {
  const w = tagger.weights;
  const { atoms, features } = storedFeatures(tagger);
  const templates: number[] = [];
  const as: number[] = [];
  const bs: number[] = [];
  const rowLengths: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  for (const f of features) {
    let kept = 0;
    for (let j = w.rowStart[f.row]!; j < w.rowStart[f.row + 1]!; j++) {
      const l = packedLabel(w.entries[j]!);
      const q = packedValue(w.entries[j]!);
      if (Math.abs(q * w.scales[l]!) < options.pruneBelow) continue;
      labels.push(l);
      values.push(q);
      kept++;
    }
    if (kept > 0) {
      templates.push(f.template);
      as.push(f.a);
      bs.push(f.b);
      rowLengths.push(kept);
    }
  }
  const lexicon = tagger.lexicon;
  const classWords = [...lexicon.classes.keys()].sort();
  const fixedWords = [...lexicon.fixed.keys()].sort();
  return {
    [`${prefix}atoms`]: atoms,
    [`${prefix}featureTemplates`]: Uint8Array.from(templates),
    [`${prefix}featureA`]: Uint32Array.from(as),
    [`${prefix}featureB`]: Uint32Array.from(bs),
    [`${prefix}rowLengths`]: Uint8Array.from(rowLengths),
    [`${prefix}labels`]: Uint8Array.from(labels),
    [`${prefix}values`]: Int16Array.from(values),
    [`${prefix}scales`]: w.scales,
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
      featureFormat: POS_FEATURE_FORMAT,
      templates: TEMPLATES.map((t) => t.name),
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

/** This code's template id for each template id of the file. */
function templateIds(model: ModelFile): number[] {
  const stored = model.header["templates"];
  if (!Array.isArray(stored)) throw new ChanceryError("CH_DATA_INVALID", "tagger model lists no templates");
  return stored.map((name) => {
    const id = typeof name === "string" ? TEMPLATE_ID.get(name) : undefined;
    if (id === undefined) {
      throw new ChanceryError(
        "CH_MODEL_VERSION",
        `tagger model uses feature template ${JSON.stringify(name)}, which this Chancery does not know; ` +
          "retrain it (node dist/scripts/train-pos.js) or upgrade",
      );
    }
    return id;
  });
}

/**
 * A pass's weights, its atom ids (`local`, positions in its `atoms`
 * section) replaced by ids in the tagger's shared table (`remap[local]`).
 */
function readWeights(
  model: ModelFile,
  p: string,
  templates: readonly number[],
  remap: Int32Array,
): FeatureWeights {
  const featureTemplates = numericSection(model, `${p}featureTemplates`, Uint8Array);
  const as = numericSection(model, `${p}featureA`, Uint32Array);
  const bs = numericSection(model, `${p}featureB`, Uint32Array);
  const rowLengths = numericSection(model, `${p}rowLengths`, Uint8Array);
  const labels = numericSection(model, `${p}labels`, Uint8Array);
  const values = numericSection(model, `${p}values`, Int16Array);
  const scales = numericSection(model, `${p}scales`, Float32Array);
  const n = rowLengths.length;
  let total = 0;
  for (let f = 0; f < n; f++) total += rowLengths[f]!;
  if (
    featureTemplates.length !== n ||
    as.length !== n ||
    bs.length !== n ||
    labels.length !== values.length ||
    total !== values.length
  ) {
    throw new ChanceryError(
      "CH_DATA_INVALID",
      `tagger pass "${p.slice(0, -1)}" has inconsistent weight tables`,
    );
  }
  const k1 = new Int32Array(n);
  const k2 = new Int32Array(n);
  const atom = (local: number): number => (local < remap.length ? remap[local]! : -1);
  for (let f = 0; f < n; f++) {
    const template = templates[featureTemplates[f]!];
    const spec = template === undefined ? undefined : TEMPLATES[template];
    const a = spec?.a === "atom" ? atom(as[f]!) : as[f]!;
    const b = spec?.b === "atom" ? atom(bs[f]!) : bs[f]!;
    if (template === undefined || a < 0 || b < 0 || a >= COMPONENT_LIMIT || b >= COMPONENT_LIMIT) {
      throw new ChanceryError("CH_DATA_INVALID", `tagger pass "${p.slice(0, -1)}" has a bad feature key`);
    }
    k1[f] = key1(template, a);
    k2[f] = b;
  }
  const rowStart = new Uint32Array(n + 1);
  for (let f = 0; f < n; f++) rowStart[f + 1] = rowStart[f]! + rowLengths[f]!;
  const entries = new Int32Array(values.length);
  for (let j = 0; j < values.length; j++) {
    if (labels[j]! >= scales.length) {
      throw new ChanceryError("CH_DATA_INVALID", `tagger pass "${p.slice(0, -1)}" has a bad label`);
    }
    entries[j] = packWeight(values[j]!, labels[j]!);
  }
  return new FeatureWeights(scales.length, { k1, k2 }, rowStart, entries, scales);
}

function readPass(
  model: ModelFile,
  pass: StoredPass,
  templates: readonly number[],
  atoms: AtomTable,
  guide: PosTagger | undefined,
): PosTagger {
  const p = `${pass.name}.`;
  const remap = Int32Array.from(stringSection(model, `${p}atoms`), (s) => atoms.intern(s));
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
  return new PosTagger(posLabels, lexicon, atoms, readWeights(model, p, templates, remap), {
    reverse: pass.reverse,
    guide,
  });
}

/** Rebuild a tagger from a model container. */
export function taggerFromModel(model: ModelFile): PosTagger {
  if (model.header["featureFormat"] !== POS_FEATURE_FORMAT) {
    throw new ChanceryError(
      "CH_MODEL_VERSION",
      `tagger model feature format ${JSON.stringify(model.header["featureFormat"] ?? 1)} is not supported ` +
        `(this Chancery reads format ${POS_FEATURE_FORMAT}); retrain it with node dist/scripts/train-pos.js`,
    );
  }
  const passes = model.header["passes"];
  if (!Array.isArray(passes) || passes.length === 0) {
    throw new ChanceryError("CH_DATA_INVALID", "tagger model lists no passes");
  }
  const templates = templateIds(model);
  // The passes share one atom table (each file section lists its own), so a word's strings are read once.
  const atoms = new AtomTable();
  let tagger: PosTagger | undefined;
  for (const pass of passes as unknown as StoredPass[])
    tagger = readPass(model, pass, templates, atoms, tagger);
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
