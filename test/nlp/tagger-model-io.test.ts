import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { ChanceryError } from "../../src/errors.js";
import {
  chanceryRoot,
  decodeModel,
  encodeModel,
  MODEL_FORMAT_VERSION,
  MODEL_MAGIC,
  ModelCache,
  type ModelFile,
  modelPath,
  numericSection,
  readModelFile,
  stringSection,
  writeModelFile,
} from "../../src/nlp/model-io.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-model-io-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function sample(): ModelFile {
  return {
    kind: "test-model",
    metadata: {
      trainingData: "toy",
      seed: 7,
      epochs: 3,
      devScores: { accuracy: 0.5 },
      date: "2024-01-01",
      note: "ünïcode",
    },
    header: { labels: ["A", "B"], nested: { depth: [1, 2, 3] } },
    sections: {
      names: ["alpha", "β", "", "gamma delta"],
      empty: [],
      i8: Int8Array.from([-128, 0, 127]),
      u8: Uint8Array.from([0, 255]),
      i16: Int16Array.from([-32768, 1, 32767]),
      u16: Uint16Array.from([65535]),
      i32: Int32Array.from([-5, 2147483647]),
      u32: Uint32Array.from([4294967295, 1, 2]),
      f32: Float32Array.from([0.5, -1.25, 3e-7]),
      f64: Float64Array.from([Math.PI]),
    },
  };
}

/** Expect a coded Chancery error. */
function throwsCode(fn: () => unknown, code: string, pattern?: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ChanceryError, `expected a ChanceryError, got ${String(err)}`);
    assert.equal(err.code, code);
    if (pattern !== undefined) assert.match(err.message, pattern);
    return true;
  });
}

describe("model container", () => {
  it("round-trips every section type, the header and the metadata", () => {
    const model = sample();
    const back = decodeModel(encodeModel(model), "test-model");
    assert.equal(back.kind, "test-model");
    assert.deepEqual(back.metadata, model.metadata);
    assert.deepEqual(back.header, model.header);
    assert.deepEqual(Object.keys(back.sections), Object.keys(model.sections));
    for (const [name, section] of Object.entries(model.sections)) {
      assert.equal(back.sections[name]!.constructor, section.constructor, name);
      assert.deepEqual([...back.sections[name]!], [...section], name);
    }
  });

  it("starts with the magic, the version and the kind", () => {
    const bytes = encodeModel(sample());
    assert.equal(bytes.toString("ascii", 0, 8), MODEL_MAGIC);
    assert.equal(bytes.readUInt16LE(8), MODEL_FORMAT_VERSION);
    assert.equal(bytes.toString("ascii", 11, 11 + bytes.readUInt8(10)), "test-model");
  });

  it("writes gzip and reads it back", () => {
    const path = join(dir, "m.bin.gz");
    const size = writeModelFile(path, sample());
    assert.ok(size > 0);
    const back = readModelFile(path, "test-model");
    assert.deepEqual([...numericSection(back, "f32", Float32Array)], [...sample().sections["f32"]!]);
    assert.deepEqual(stringSection(back, "names"), ["alpha", "β", "", "gamma delta"]);
  });

  it("rejects a different format version with CH_MODEL_VERSION", () => {
    const bytes = encodeModel(sample());
    bytes.writeUInt16LE(MODEL_FORMAT_VERSION + 1, 8);
    throwsCode(() => decodeModel(bytes), "CH_MODEL_VERSION", /format version 2 is not supported/);
    const path = join(dir, "future.bin.gz");
    writeFileSync(path, gzipSync(bytes));
    throwsCode(() => readModelFile(path, "test-model"), "CH_MODEL_VERSION", /future\.bin\.gz/);
  });

  it("rejects a wrong magic, a wrong kind and a file that is not gzip", () => {
    const bytes = encodeModel(sample());
    const bad = Buffer.from(bytes);
    bad.write("NOTMODEL", 0, "ascii");
    throwsCode(() => decodeModel(bad), "CH_MODEL_VERSION", /magic/);
    throwsCode(() => decodeModel(bytes, "pos"), "CH_MODEL_VERSION", /expected a "pos" model.*"test-model"/);
    const plain = join(dir, "plain.bin");
    writeFileSync(plain, bytes);
    throwsCode(() => readModelFile(plain), "CH_MODEL_VERSION", /not gzip/);
  });

  it("reports truncated files and missing sections as invalid data", () => {
    const bytes = encodeModel(sample());
    throwsCode(() => decodeModel(bytes.subarray(0, bytes.length - 20)), "CH_DATA_INVALID", /truncated/);
    const model = decodeModel(bytes);
    throwsCode(() => numericSection(model, "names", Float32Array), "CH_DATA_INVALID");
    throwsCode(() => stringSection(model, "f32"), "CH_DATA_INVALID");
    throwsCode(() => readModelFile(join(dir, "missing.bin.gz")), "CH_INPUT_UNREADABLE");
  });

  it("refuses strings with NUL and bad kinds", () => {
    throwsCode(() => encodeModel({ ...sample(), sections: { s: ["a\0b"] } }), "CH_DATA_INVALID");
    throwsCode(() => encodeModel({ ...sample(), kind: "Bad Kind" }), "CH_DATA_INVALID");
  });
});

describe("ModelCache", () => {
  it("builds a model once per path and shares it", () => {
    const path = join(dir, "cached.bin.gz");
    writeModelFile(path, sample());
    let builds = 0;
    const cache = new ModelCache("test-model", (m) => {
      builds++;
      return { labels: m.header["labels"] };
    });
    const a = cache.load(path);
    const b = cache.load(join(dir, ".", "cached.bin.gz"));
    assert.equal(a, b);
    assert.equal(builds, 1);
    cache.clear();
    assert.notEqual(cache.load(path), a);
    assert.equal(builds, 2);
  });

  it("checks the kind of what it loads", () => {
    const path = join(dir, "kind.bin.gz");
    writeModelFile(path, sample());
    const cache = new ModelCache("pos", () => 1);
    throwsCode(() => cache.load(path), "CH_MODEL_VERSION");
  });
});

describe("package paths", () => {
  it("finds the package root from any working directory", () => {
    const root = chanceryRoot();
    assert.equal(modelPath("pos.bin.gz"), join(root, "models", "pos.bin.gz"));
    const cwd = process.cwd();
    try {
      process.chdir(tmpdir());
      assert.equal(chanceryRoot(), root);
    } finally {
      process.chdir(cwd);
    }
  });
});
