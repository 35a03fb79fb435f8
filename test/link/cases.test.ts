import assert from "node:assert/strict";
import { test } from "node:test";
import {
  checkSeeds,
  LINK_STAGES,
  readLinkingCases,
  runCase,
  scoreOutcomes,
  type CaseOutcome,
} from "../../src/eval/linking.js";
import { buildPipeline } from "../../src/pipeline/registry.js";
import { sharedDir } from "../../src/util/paths.js";

const pipeline = buildPipeline(LINK_STAGES);
const shared = sharedDir();

test("the case table is well formed: 300+ cases, unique ids, negatives and every category", () => {
  const cases = readLinkingCases();
  assert.ok(cases.length >= 300, `${cases.length} cases`);
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, "ids are unique");
  const categories = new Set(cases.map((c) => c.category));
  for (const c of [
    "alias",
    "surname",
    "misspelling",
    "transliteration",
    "metonym",
    "place",
    "role",
    "group",
    "pronoun",
    "description",
    "plural",
    "negative",
  ])
    assert.ok(categories.has(c), `category ${c}`);
  assert.ok(cases.filter((c) => c.expect.length === 0).length >= 50, "at least 50 no-actor cases");
  for (const c of cases) assert.match(c.date, /^\d{4}-\d{2}-\d{2}$/, c.id);
});

test("linking meets the issue's targets on the case table: precision ≥ 0.95, recall ≥ 0.90", async () => {
  const outcomes: CaseOutcome[] = [];
  for (const c of readLinkingCases()) outcomes.push(await runCase(c, pipeline));
  assert.deepEqual(
    outcomes.filter((o) => o.error !== undefined).map((o) => o.case.id),
    [],
    "every mention is found in its text",
  );
  const all = scoreOutcomes(outcomes).get("all")!;
  const precision = all.tp / (all.tp + all.fp);
  const recall = all.tp / (all.tp + all.fn);
  assert.ok(precision >= 0.95, `precision ${precision.toFixed(3)}`);
  assert.ok(recall >= 0.9, `recall ${recall.toFixed(3)}`);
  const negatives = outcomes.filter((o) => o.case.category === "negative" || o.case.category === "place");
  assert.deepEqual(
    negatives.filter((o) => o.actors.length > 0).map((o) => o.case.id),
    [],
    "no negative case yields an actor",
  );
});

test(
  "the seed articles' target names resolve (Blanken, Navalani, Zhao Lijian, Lavrov, Kishida, Miller, Chinese leaders, the Kremlin, Washington)",
  { skip: shared ? false : "../shared is absent (set CHANCERY_SHARED)" },
  async () => {
    const seeds = await checkSeeds(shared, pipeline);
    if (seeds === null) return;
    assert.equal(seeds.resolved, seeds.total, seeds.lines.join("\n"));
  },
);
