/**
 * Saving and loading the recogniser in the Chancery model container
 * (`src/nlp/model-io.ts`, described in `docs/models.md`), kind `ner`.
 *
 * Sections: `hashDeltas` (u32: the sorted feature hashes as differences from
 * the previous one, which compress well), `rowLengths` (u8: weights per
 * feature), `labels` (u8: label index of each weight), `values` (i16:
 * quantised weights) and `scales` (f32: one scale per label). The header
 * records the label table, the feature-set version and the gazetteer classes
 * the model was trained with; the gazetteer itself is read from
 * `data/nlp/ner/` (or a folder the caller names), so users can extend it.
 */
import { ChanceryError } from "../../errors.js";
import {
  type JsonObject,
  type ModelFile,
  type ModelMetadata,
  ModelCache,
  modelPath,
  numericSection,
  readModelFile,
  writeModelFile,
} from "../model-io.js";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.js";
import { NER_LABELS } from "./labels.js";
import { NerRecognizer } from "./recognizer.js";
import { NerWeights, type PackedWeights } from "./weights.js";

/** The `kind` of recogniser model files. */
export const NER_MODEL_KIND = "ner";

/** File name of the committed model under `models/`. */
export const NER_MODEL_FILE = "ner.bin.gz";

/** Version of the feature templates; a model trained with other templates is refused. */
export const NER_FEATURE_VERSION = 1;

/** Save a recogniser; returns the bytes written (gzip-compressed). */
export function saveNerModel(path: string, recognizer: NerRecognizer, metadata: ModelMetadata): number {
  const p = recognizer.weights.packed;
  const hashDeltas = new Uint32Array(p.hashes.length);
  let last = 0;
  for (let f = 0; f < p.hashes.length; f++) {
    hashDeltas[f] = p.hashes[f]! - last;
    last = p.hashes[f]!;
  }
  const header: JsonObject = {
    labels: [...NER_LABELS],
    featureVersion: NER_FEATURE_VERSION,
    gazetteerClasses: recognizer.gazetteer === null ? [] : [...recognizer.gazetteer.classes],
    usesGazetteer: recognizer.gazetteer !== null,
  };
  return writeModelFile(path, {
    kind: NER_MODEL_KIND,
    metadata,
    header,
    sections: { hashDeltas, rowLengths: p.rowLengths, labels: p.labels, values: p.values, scales: p.scales },
  });
}

/** The weights stored in a decoded model file. */
function packedFromModel(model: ModelFile): PackedWeights {
  const header = model.header;
  const labels = header["labels"];
  if (!Array.isArray(labels) || labels.join(" ") !== NER_LABELS.join(" ")) {
    throw new ChanceryError("CH_MODEL_VERSION", "NER model has a different label table; retrain it");
  }
  if (header["featureVersion"] !== NER_FEATURE_VERSION) {
    throw new ChanceryError(
      "CH_MODEL_VERSION",
      `NER model uses feature set ${String(header["featureVersion"])}, this Chancery computes ${NER_FEATURE_VERSION}; retrain it`,
    );
  }
  const deltas = numericSection(model, "hashDeltas", Uint32Array);
  const hashes = new Uint32Array(deltas.length);
  let h = 0;
  for (let f = 0; f < deltas.length; f++) {
    h = (h + deltas[f]!) >>> 0;
    hashes[f] = h;
  }
  const packed: PackedWeights = {
    hashes,
    rowLengths: numericSection(model, "rowLengths", Uint8Array),
    labels: numericSection(model, "labels", Uint8Array),
    values: numericSection(model, "values", Int16Array),
    scales: numericSection(model, "scales", Float32Array),
  };
  let pairs = 0;
  for (const n of packed.rowLengths) pairs += n;
  if (
    packed.rowLengths.length !== hashes.length ||
    pairs !== packed.labels.length ||
    pairs !== packed.values.length
  ) {
    throw new ChanceryError("CH_DATA_INVALID", "NER model sections disagree in length");
  }
  for (const l of packed.labels) {
    if (l >= NER_LABELS.length)
      throw new ChanceryError("CH_DATA_INVALID", "NER model names an unknown label");
  }
  return packed;
}

/**
 * Read a recogniser from `path`. The gazetteer defaults to the lists in
 * `data/nlp/ner/` when the model was trained with one.
 */
export function readNerModel(path: string, gazetteer?: Gazetteer | null): NerRecognizer {
  const model = readModelFile(path, NER_MODEL_KIND);
  const uses = model.header["usesGazetteer"] === true;
  return new NerRecognizer(
    new NerWeights(packedFromModel(model)),
    uses ? (gazetteer === undefined ? defaultGazetteer() : gazetteer) : null,
  );
}

const cache = new ModelCache<NerRecognizer>(NER_MODEL_KIND, (model) => {
  const uses = model.header["usesGazetteer"] === true;
  return new NerRecognizer(new NerWeights(packedFromModel(model)), uses ? defaultGazetteer() : null);
});

/** The committed recogniser (`models/ner.bin.gz`) or the one at `path`, read once per process. */
export function loadNerRecognizer(path: string = modelPath(NER_MODEL_FILE)): NerRecognizer {
  return cache.load(path);
}
