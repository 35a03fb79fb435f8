/**
 * The Chancery model container: one gzip-compressed binary file per trained
 * model (tagger, lemmatizer, parser, NER …), read once per process and shared.
 *
 * Layout of the decompressed bytes (all integers little-endian):
 *
 * | bytes | content |
 * |---|---|
 * | 8 | magic `CHANCERY` (ASCII) |
 * | 2 | format version (uint16), currently {@link MODEL_FORMAT_VERSION} |
 * | 1 | length K of the model kind (uint8) |
 * | K | model kind (ASCII, e.g. `pos`, `lemma`) |
 * | 4 | length H of the JSON header (uint32) |
 * | H | JSON header (UTF-8): `{ metadata, header, sections }` |
 * | … | section payloads, in header order, each starting on an 8-byte boundary of the payload |
 *
 * A section is a typed array (`i8`, `u8`, `i16`, `u16`, `i32`, `u32`, `f32`,
 * `f64`) or a string table (`strings`: UTF-8 strings joined by NUL). The
 * format is described for humans in `docs/models.md`.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { ChanceryError } from "../errors.js";

/** The 8 ASCII bytes every Chancery model file starts with (after decompression). */
export const MODEL_MAGIC = "CHANCERY";

/** The container format version this code writes and reads. */
export const MODEL_FORMAT_VERSION = 1;

/** A JSON value, as stored in a model header. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** The typed arrays a model section can hold. */
export type NumericSection =
  Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/** A section of a model file: numbers or a table of strings. */
export type ModelSection = NumericSection | readonly string[];

/** How a section's elements are stored. */
export type SectionType = "i8" | "u8" | "i16" | "u16" | "i32" | "u32" | "f32" | "f64" | "strings";

/** Provenance every model records: what it was trained on and how well it did. */
export interface ModelMetadata {
  /** The data the model was trained on, e.g. `UD_English-EWT v2.15 train`. */
  trainingData: string;
  /** The random seed of the training run. */
  seed: number;
  /** Epochs trained (the epoch kept, when training keeps the best one). */
  epochs: number;
  /** Scores on development data, e.g. `{ upos: 0.957 }`. */
  devScores: Record<string, number>;
  /** ISO 8601 date of training. */
  date: string;
  /** Anything else worth recording. */
  [key: string]: JsonValue;
}

/** A model as held in memory before writing or after reading. */
export interface ModelFile {
  /** What the model is (`pos`, `lemma`, …); checked on reading. */
  kind: string;
  metadata: ModelMetadata;
  /** Model-specific settings (label tables, feature template options …). */
  header: JsonObject;
  /** Named sections: weights, feature tables, lexicons. */
  sections: Record<string, ModelSection>;
}

interface SectionEntry {
  name: string;
  type: SectionType;
  /** Number of elements (numbers or strings). */
  length: number;
  byteLength: number;
}

interface StoredHeader {
  metadata: ModelMetadata;
  header: JsonObject;
  sections: SectionEntry[];
}

const ELEMENT: Record<
  Exclude<SectionType, "strings">,
  { bytes: number; make: (b: ArrayBuffer) => NumericSection }
> = {
  i8: { bytes: 1, make: (b) => new Int8Array(b) },
  u8: { bytes: 1, make: (b) => new Uint8Array(b) },
  i16: { bytes: 2, make: (b) => new Int16Array(b) },
  u16: { bytes: 2, make: (b) => new Uint16Array(b) },
  i32: { bytes: 4, make: (b) => new Int32Array(b) },
  u32: { bytes: 4, make: (b) => new Uint32Array(b) },
  f32: { bytes: 4, make: (b) => new Float32Array(b) },
  f64: { bytes: 8, make: (b) => new Float64Array(b) },
};

function sectionType(section: ModelSection): SectionType {
  if (section instanceof Int8Array) return "i8";
  if (section instanceof Uint8Array) return "u8";
  if (section instanceof Int16Array) return "i16";
  if (section instanceof Uint16Array) return "u16";
  if (section instanceof Int32Array) return "i32";
  if (section instanceof Uint32Array) return "u32";
  if (section instanceof Float32Array) return "f32";
  if (section instanceof Float64Array) return "f64";
  return "strings";
}

const pad8 = (n: number): number => (8 - (n % 8)) % 8;

/**
 * Encode a model into the (uncompressed) container bytes. Strings in string
 * tables must not contain NUL, which separates them.
 */
export function encodeModel(model: ModelFile): Buffer {
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(model.kind)) {
    throw new ChanceryError("CH_DATA_INVALID", `model kind "${model.kind}" must be 1–64 of [a-z0-9-]`);
  }
  const entries: SectionEntry[] = [];
  const payloads: Buffer[] = [];
  for (const [name, section] of Object.entries(model.sections)) {
    const type = sectionType(section);
    let bytes: Buffer;
    if (type === "strings") {
      const strings = section as readonly string[];
      for (const s of strings) {
        if (s.includes("\0"))
          throw new ChanceryError("CH_DATA_INVALID", `section "${name}" has a string with NUL`);
      }
      bytes = Buffer.from(strings.join("\0"), "utf8");
    } else {
      const arr = section as NumericSection;
      bytes = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
    }
    entries.push({ name, type, length: section.length, byteLength: bytes.length });
    payloads.push(bytes, Buffer.alloc(pad8(bytes.length)));
  }
  const stored: StoredHeader = { metadata: model.metadata, header: model.header, sections: entries };
  const json = Buffer.from(JSON.stringify(stored), "utf8");
  const kind = Buffer.from(model.kind, "ascii");
  const prefix = Buffer.alloc(8 + 2 + 1 + kind.length + 4);
  prefix.write(MODEL_MAGIC, 0, "ascii");
  prefix.writeUInt16LE(MODEL_FORMAT_VERSION, 8);
  prefix.writeUInt8(kind.length, 10);
  kind.copy(prefix, 11);
  prefix.writeUInt32LE(json.length, 11 + kind.length);
  return Buffer.concat([prefix, json, ...payloads]);
}

/**
 * Decode container bytes (uncompressed). Throws `CH_MODEL_VERSION` when the
 * magic, format version or (if given) the expected kind do not match, and
 * `CH_DATA_INVALID` when the file is truncated or its header is corrupt.
 */
export function decodeModel(bytes: Uint8Array, expectedKind?: string, item?: string): ModelFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const where = item === undefined ? {} : { item };
  if (buf.length < 11 || buf.toString("ascii", 0, 8) !== MODEL_MAGIC) {
    throw new ChanceryError(
      "CH_MODEL_VERSION",
      `not a Chancery model file (magic "${MODEL_MAGIC}" missing)`,
      where,
    );
  }
  const version = buf.readUInt16LE(8);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new ChanceryError(
      "CH_MODEL_VERSION",
      `model format version ${version} is not supported (this Chancery reads version ` +
        `${MODEL_FORMAT_VERSION}); retrain or upgrade`,
      where,
    );
  }
  const kindLength = buf.readUInt8(10);
  const kind = buf.toString("ascii", 11, 11 + kindLength);
  if (expectedKind !== undefined && kind !== expectedKind) {
    throw new ChanceryError(
      "CH_MODEL_VERSION",
      `expected a "${expectedKind}" model but the file holds a "${kind}" model`,
      where,
    );
  }
  const headerAt = 11 + kindLength;
  if (buf.length < headerAt + 4) throw new ChanceryError("CH_DATA_INVALID", "model file is truncated", where);
  const jsonLength = buf.readUInt32LE(headerAt);
  const jsonEnd = headerAt + 4 + jsonLength;
  if (buf.length < jsonEnd) throw new ChanceryError("CH_DATA_INVALID", "model header is truncated", where);
  let stored: StoredHeader;
  try {
    stored = JSON.parse(buf.toString("utf8", headerAt + 4, jsonEnd)) as StoredHeader;
  } catch (err) {
    throw new ChanceryError("CH_DATA_INVALID", "model header is not valid JSON", { ...where, cause: err });
  }
  const sections: Record<string, ModelSection> = {};
  let at = jsonEnd;
  for (const entry of stored.sections) {
    if (at + entry.byteLength > buf.length) {
      throw new ChanceryError("CH_DATA_INVALID", `model section "${entry.name}" is truncated`, where);
    }
    if (entry.type === "strings") {
      const text = buf.toString("utf8", at, at + entry.byteLength);
      sections[entry.name] = entry.length === 0 ? [] : text.split("\0");
    } else {
      const spec = ELEMENT[entry.type];
      if (spec === undefined || entry.byteLength !== entry.length * spec.bytes) {
        throw new ChanceryError(
          "CH_DATA_INVALID",
          `model section "${entry.name}" has a bad type or size`,
          where,
        );
      }
      // Copy into a fresh, aligned buffer: the decompressed bytes need not be aligned.
      const copy = new ArrayBuffer(entry.byteLength);
      new Uint8Array(copy).set(buf.subarray(at, at + entry.byteLength));
      sections[entry.name] = spec.make(copy);
    }
    at += entry.byteLength + pad8(entry.byteLength);
  }
  return { kind, metadata: stored.metadata, header: stored.header, sections };
}

/** Write a model to `path`, gzip-compressed. Returns the number of bytes written. */
export function writeModelFile(path: string, model: ModelFile): number {
  const gz = gzipSync(encodeModel(model), { level: 9 });
  writeFileSync(path, gz);
  return gz.length;
}

/**
 * Read a gzip-compressed model from `path`, checking its kind.
 *
 * @example
 * const model = readModelFile("models/pos.bin.gz", "pos");
 */
export function readModelFile(path: string, expectedKind?: string): ModelFile {
  let gz: Buffer;
  try {
    gz = readFileSync(path);
  } catch (err) {
    throw new ChanceryError("CH_INPUT_UNREADABLE", `cannot read model file: ${(err as Error).message}`, {
      item: path,
      cause: err,
    });
  }
  if (gz.length < 2 || gz[0] !== 0x1f || gz[1] !== 0x8b) {
    throw new ChanceryError("CH_MODEL_VERSION", "not a Chancery model file (not gzip-compressed)", {
      item: path,
    });
  }
  let bytes: Buffer;
  try {
    bytes = gunzipSync(gz);
  } catch (err) {
    throw new ChanceryError("CH_DATA_INVALID", "model file is corrupt (gzip)", { item: path, cause: err });
  }
  return decodeModel(bytes, expectedKind, path);
}

/** A typed view of a numeric section, or an error naming the section. */
export function numericSection<T extends NumericSection>(
  model: ModelFile,
  name: string,
  type: abstract new (...args: never[]) => T,
): T {
  const s = model.sections[name];
  if (!(s instanceof type)) {
    throw new ChanceryError("CH_DATA_INVALID", `"${model.kind}" model lacks numeric section "${name}"`);
  }
  return s;
}

/** A string-table section, or an error naming the section. */
export function stringSection(model: ModelFile, name: string): readonly string[] {
  const s = model.sections[name];
  if (!Array.isArray(s)) {
    throw new ChanceryError("CH_DATA_INVALID", `"${model.kind}" model lacks string section "${name}"`);
  }
  return s as readonly string[];
}

/**
 * A lazily filled, process-wide cache of decoded models keyed by absolute
 * path, so every document shares one copy. The entry is refreshed when the
 * file's modification time changes.
 */
export class ModelCache<T> {
  readonly #entries = new Map<string, { mtimeMs: number; value: T }>();

  /**
   * @param kind - the model kind every file must hold.
   * @param build - turns the decoded container into the in-memory model.
   */
  constructor(
    readonly kind: string,
    private readonly build: (model: ModelFile, path: string) => T,
  ) {}

  /** The model at `path`, reading and decoding it on first use. */
  load(path: string): T {
    const abs = resolve(path);
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(abs).mtimeMs;
    } catch {
      // readModelFile reports the missing file with a coded error.
    }
    const hit = this.#entries.get(abs);
    if (hit !== undefined && hit.mtimeMs === mtimeMs) return hit.value;
    const value = this.build(readModelFile(abs, this.kind), abs);
    this.#entries.set(abs, { mtimeMs, value });
    return value;
  }

  /** Forget every cached model. */
  clear(): void {
    this.#entries.clear();
  }
}

let packageRoot: string | undefined;

/**
 * The root folder of the installed Chancery package (the folder holding its
 * `package.json`), found by walking up from this module, so committed model
 * files resolve the same from `src/`, `dist/src/` and any working directory.
 */
export function chanceryRoot(): string {
  if (packageRoot !== undefined) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown };
      if (pkg.name === "chancery") {
        packageRoot = dir;
        return dir;
      }
    } catch {
      // No package.json here; keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new ChanceryError("CH_INTERNAL", "cannot find the Chancery package root");
    dir = parent;
  }
}

/** The absolute path of a committed model file, e.g. `modelPath("pos.bin.gz")`. */
export function modelPath(fileName: string): string {
  return join(chanceryRoot(), "models", fileName);
}
