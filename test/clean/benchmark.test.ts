/**
 * Every page of the article-extraction benchmark (../shared, read at run
 * time) goes through the cleaning stages without an error and yields text.
 * (Quality and speed are measured by `npm run eval`, not here.)
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readBenchmark } from "../../src/clean/eval/benchmark.js";
import { cleaningPipeline } from "../../src/clean/eval/pipeline.js";
import { createDoc } from "../../src/doc/doc.js";
import { sharedDir } from "../../src/util/paths.js";

const shared = sharedDir();
const dir = shared ? join(shared, "eval", "article-extraction") : null;

test(
  "zero crashes on the benchmark pages",
  { skip: dir && existsSync(dir) ? false : "../shared/eval/article-extraction is absent" },
  async () => {
    const pages = readBenchmark(dir as string);
    assert.ok(pages.length > 0);
    const pipeline = cleaningPipeline();
    const failures: string[] = [];
    for (const p of pages) {
      try {
        const doc = await pipeline.run(createDoc({ id: p.id, raw: p.html, rawKind: "html" }));
        if (!doc.text) failures.push(`${p.id}: empty text`);
      } catch (err) {
        failures.push(`${p.id}: ${(err as Error).message}`);
      }
    }
    assert.deepEqual(failures, []);
  },
);
