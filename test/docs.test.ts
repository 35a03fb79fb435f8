import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ErrorCatalogue } from "../src/errors.js";
import { DEFAULT_STAGES } from "../src/pipeline/registry.js";
import { packageRoot } from "../src/util/paths.js";

const read = (p: string) => readFileSync(join(packageRoot(), p), "utf8");

test("docs/errors.md lists every error code in the catalogue", () => {
  const doc = read("docs/errors.md");
  for (const code of Object.keys(ErrorCatalogue))
    assert.ok(doc.includes(`\`${code}\``), `${code} documented`);
});

test("docs/architecture.md describes every shipped stage", () => {
  const doc = read("docs/architecture.md");
  for (const s of DEFAULT_STAGES) assert.ok(doc.includes(`\`${s.name}\``), `stage ${s.name} documented`);
});

test("the README documents every CLI command", () => {
  const readme = read("README.md");
  for (const cmd of [
    "ingest",
    "extract",
    "events",
    "articles",
    "stats",
    "pipeline",
    "demo",
    "show",
    "parse",
    "serve",
    "start",
  ]) {
    assert.ok(readme.includes(`chancery ${cmd}`), `README mentions chancery ${cmd}`);
  }
});
