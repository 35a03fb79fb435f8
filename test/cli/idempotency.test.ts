import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runCli, tempDir } from "../helpers/cli.js";

interface Summary {
  read: number;
  inserted: number;
  versions: number;
  skipped: number;
  failed: number;
}

const ingest = (args: string[]): Summary => {
  const res = runCli(["ingest", ...args, "--no-progress", "--json"]);
  assert.ok(res.status === 0 || res.status === 3, res.stderr);
  return JSON.parse(res.stdout) as Summary;
};

test("re-ingesting the sample corpus is a no-op reported as skipped", () => {
  const db = join(tempDir(), "idem.db");
  const first = ingest(["examples/corpus", "--db", db]);
  assert.ok(first.inserted >= 40, `sample corpus has at least 40 articles (got ${first.inserted})`);
  assert.equal(first.failed, 0);
  const statsBefore = runCli(["stats", "--db", db, "--json"]).stdout;
  const second = ingest(["examples/corpus", "--db", db]);
  assert.equal(second.inserted, 0);
  assert.equal(second.versions, 0);
  assert.equal(second.skipped, first.inserted);
  assert.equal(runCli(["stats", "--db", db, "--json"]).stdout, statsBefore, "nothing changed");
});

test("a changed text at the same URL is stored as a new version", () => {
  const dir = tempDir();
  const db = join(dir, "v.db");
  const v1 = join(dir, "v1.jsonl");
  const v2 = join(dir, "v2.jsonl");
  const rec = { id: "wire-1", url: "https://news.example.org/2024/05/02/talks", published_at: "2024-05-02" };
  writeFileSync(
    v1,
    `${JSON.stringify({ ...rec, text: "Kenya and Ethiopia held talks in Nairobi on Tuesday." })}\n`,
  );
  writeFileSync(
    v2,
    `${JSON.stringify({ ...rec, text: "Kenya and Ethiopia held talks in Nairobi on Tuesday and agreed to reopen the border." })}\n`,
  );
  assert.equal(ingest([v1, "--db", db]).inserted, 1);
  const s2 = ingest([v2, "--db", db]);
  assert.equal(s2.versions, 1);
  assert.equal(s2.inserted, 0);
  const again = ingest([v1, v2, "--db", db]);
  assert.equal(again.skipped, 2, "both versions are known");
  const rows = JSON.parse(
    `[${runCli(["articles", "--db", db, "--format", "jsonl"]).stdout.trim().split("\n").join(",")}]`,
  ) as {
    version: number;
  }[];
  assert.deepEqual(rows.map((r) => r.version).sort(), [1, 2]);
});
