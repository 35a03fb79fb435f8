import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { defaultConllDir, evaluateNer, nerMetrics } from "../../src/eval/nlp/ner.js";
import { NER_MODEL_FILE } from "../../src/nlp/ner/io.js";
import { modelPath } from "../../src/nlp/model-io.js";

const dir = defaultConllDir();
const committed = modelPath(NER_MODEL_FILE);
const skip =
  dir === null || !existsSync(join(dir, "eng.testa"))
    ? "CoNLL-2003 eng.testa not found (../shared/eval/conll2003 absent)"
    : !existsSync(committed)
      ? `no committed model at ${committed}`
      : false;

/** Floors a little under the committed model's figures, so a regression fails. */
const FLOORS = { f1: 90, PER: 91, ORG: 84, LOC: 93, MISC: 84 };

test("committed NER model: CoNLL-2003 dev (eng.testa) entity F1 floor", { skip }, () => {
  const report = evaluateNer(dir);
  assert.ok(report !== null);
  assert.equal(report.scores.overall.gold, 5942, "eng.testa has 5,942 entities");
  assert.ok(
    report.scores.overall.f1 >= FLOORS.f1,
    `dev F1 ${report.scores.overall.f1.toFixed(2)} < ${FLOORS.f1}`,
  );
  for (const t of ["PER", "ORG", "LOC", "MISC"] as const) {
    assert.ok(
      report.scores.byType[t].f1 >= FLOORS[t],
      `${t} F1 ${report.scores.byType[t].f1.toFixed(2)} < ${FLOORS[t]}`,
    );
  }
  const metrics = nerMetrics(report);
  assert.equal(metrics["ner.dev_f1"], Math.round(report.scores.overall.f1 * 100) / 100);
  assert.ok(statSync(committed).size < 10e6, "model must stay under 10 MB");
});
