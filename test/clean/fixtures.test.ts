/**
 * Golden fixtures: each folder of test/fixtures/clean with an input.html or
 * input.txt holds in expected.json what every cleaning stage must produce.
 * Regenerate one with `node dist/scripts/gen-clean-fixture.js <folder>` and
 * review the diff.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fixtureInput, snapshotCleaning } from "../../src/clean/eval/fixture.js";
import { packageRoot } from "../../src/util/paths.js";

const root = join(packageRoot(), "test", "fixtures", "clean");
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fixtureInput(join(root, d.name)) !== null)
  .map((d) => d.name)
  .sort();

test("there are golden fixtures for HTML and for plain text", () => {
  assert.ok(cases.some((c) => fixtureInput(join(root, c))?.kind === "html"));
  assert.ok(cases.some((c) => fixtureInput(join(root, c))?.kind === "text"));
});

for (const name of cases) {
  test(`fixture ${name}`, async () => {
    const dir = join(root, name);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as unknown;
    const actual = JSON.parse(JSON.stringify(await snapshotCleaning(dir))) as unknown;
    assert.deepEqual(actual, expected);
  });
}
