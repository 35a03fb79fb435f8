/**
 * The seed texts (../shared/seeds, read at run time, never copied): after
 * cleaning, no boilerplate is left and no article sentence is lost, against
 * the hand-written expectations in test/fixtures/clean/seeds/expected.json.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { checkSeeds, readSeedExpectations } from "../../src/clean/eval/seeds.js";
import { packageRoot, sharedDir } from "../../src/util/paths.js";

const shared = sharedDir();
const expectations = readSeedExpectations(
  join(packageRoot(), "test", "fixtures", "clean", "seeds", "expected.json"),
);

test("seed expectations cover five seeds", () => {
  assert.equal(expectations.length, 5);
  for (const e of expectations) assert.ok(e.article.length > 0 && e.lastArticleLine > 0, e.file);
});

test(
  "seeds: no boilerplate left, no article sentence lost",
  { skip: shared ? false : "../shared is absent (set CHANCERY_SHARED)" },
  async () => {
    const result = await checkSeeds(join(shared as string, "seeds"), expectations);
    assert.ok(result, "../shared/seeds is absent");
    for (const c of result.checks) {
      assert.deepEqual(c.problems, [], `${c.file}: ${c.problems.join("; ")}`);
      assert.deepEqual(c.boilerplateLeft, [], `${c.file}: boilerplate left`);
      assert.deepEqual(c.sentencesLost, [], `${c.file}: sentences lost`);
    }
  },
);
