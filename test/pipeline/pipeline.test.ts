import assert from "node:assert/strict";
import { test } from "node:test";
import { createDoc, type Doc } from "../../src/doc/doc.js";
import { ChanceryError } from "../../src/errors.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import { buildPipeline, DEFAULT_STAGES } from "../../src/pipeline/registry.js";
import type { Stage } from "../../src/pipeline/stage.js";

const stage = (
  name: string,
  requires: Stage["requires"],
  assigns: Stage["assigns"],
  run?: Stage["run"],
): Stage => ({
  name,
  description: name,
  requires,
  assigns,
  run: run ?? ((d: Doc) => d),
});

test("a stage that needs a layer no earlier stage assigns is refused at construction", () => {
  assert.throws(
    () => new Pipeline([stage("tag", ["tokens"], ["pos"]), stage("tokenize", ["text"], ["tokens"])]),
    (err: unknown) =>
      err instanceof ChanceryError &&
      err.code === "CH_PIPELINE_ORDER" &&
      /"tag" requires "tokens"/.test(err.message),
  );
});

test("duplicate stage names are refused", () => {
  assert.throws(
    () => new Pipeline([stage("a", ["raw"], ["text"]), stage("a", ["raw"], ["text"])]),
    (err: unknown) => err instanceof ChanceryError && err.code === "CH_PIPELINE_DUPLICATE",
  );
});

test("the runner times each stage, records layers, and wraps errors with the stage name", async () => {
  const p = new Pipeline([
    stage("first", ["raw"], ["text"], (d) => {
      d.text = d.raw.toUpperCase();
      return d;
    }),
    stage("boom", ["text"], ["tokens"], () => {
      throw new Error("kaput");
    }),
  ]);
  const doc = createDoc({ id: "d1", raw: "abc", rawKind: "text" });
  await assert.rejects(p.run(doc), (err: unknown) => {
    assert.ok(err instanceof ChanceryError);
    assert.equal(err.code, "CH_STAGE_FAILED");
    assert.match(err.message, /stage "boom": .*kaput/);
    assert.equal(err.item, "d1");
    return true;
  });
  assert.equal(doc.text, "ABC");
  assert.ok(doc.layers.has("text"));
  assert.ok(typeof doc.timings["first"] === "number");
});

test("a stage returning another object is refused", async () => {
  const p = new Pipeline([stage("swap", ["raw"], ["text"], (d) => ({ ...d }))]);
  await assert.rejects(p.run(createDoc({ id: "x", raw: "a", rawKind: "text" })), /CH_STAGE_BAD_RETURN/);
});

test("the options object is copied and frozen for stages", async () => {
  const seen: unknown[] = [];
  const p = new Pipeline([
    stage("look", ["raw"], [], (d, ctx) => {
      seen.push(ctx.options);
      assert.ok(Object.isFrozen(ctx.options));
      return d;
    }),
  ]);
  const opts = { a: 1 };
  await p.run(createDoc({ id: "x", raw: "a", rawKind: "text" }), opts);
  assert.notEqual(seen[0], opts);
});

test("the default pipeline is valid and named stages can be selected", () => {
  assert.equal(buildPipeline().stages.length, DEFAULT_STAGES.length);
  assert.deepEqual(
    buildPipeline(["markup", "normalize"]).stages.map((s) => s.name),
    ["markup", "normalize"],
  );
  assert.throws(() => buildPipeline(["nope"]), /CH_STAGE_UNKNOWN/);
});

test("a stage limited to some languages is skipped, with a warning, for a document in another language", async () => {
  const ran: string[] = [];
  const mark = (
    name: string,
    requires: Stage["requires"],
    assigns: Stage["assigns"],
    languages?: string[],
  ): Stage => ({
    ...stage(name, requires, assigns, (d) => {
      ran.push(name);
      return d;
    }),
    ...(languages ? { languages } : {}),
  });
  const p = new Pipeline([
    mark("text", ["raw"], ["text"]),
    mark("tag", ["text"], ["pos"], ["en"]),
    mark("parse", ["pos"], ["deps"], ["en"]),
    mark("count", ["text"], []),
  ]);
  const german = createDoc({
    id: "de1",
    raw: "Die Gespräche gehen weiter.",
    rawKind: "text",
    language: "de",
  });
  await p.run(german);
  assert.deepEqual(ran, ["text", "count"]);
  assert.ok(!german.layers.has("pos"));
  assert.equal(german.warnings.filter((w) => w.code === "CH_W_STAGE_SKIPPED").length, 2);
  assert.match(german.warnings[0]?.message ?? "", /stage "tag" skipped: it handles en, the text is "de"/);
  ran.length = 0;
  await p.run(createDoc({ id: "en1", raw: "Talks go on.", rawKind: "text", language: "en" }));
  assert.deepEqual(ran, ["text", "tag", "parse", "count"]);
});
