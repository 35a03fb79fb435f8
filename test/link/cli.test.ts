import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runCli, tempDir } from "../helpers/cli.js";

const RECORDS = [
  {
    id: "a1",
    published_at: "2023-06-18",
    text: "US Secretary of State Antony Blinken arrived in Beijing on Sunday. Blinken met Wang Yi, and he said the talks were candid.",
  },
  {
    id: "a2",
    published_at: "2023-06-20",
    text: "Antony Blinken left China on Monday. Chinese state media praised the visit, while the Kremlin said nothing.",
  },
];

test("chancery entities lists linked entities with filters and shows one with its forms and articles", () => {
  const dir = tempDir();
  const input = join(dir, "in.jsonl");
  writeFileSync(input, RECORDS.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const db = join(dir, "c.db");
  const ingest = runCli(["ingest", input, "--db", db, "--no-progress"]);
  assert.equal(ingest.status, 0, ingest.stderr);

  const list = runCli(["entities", "--db", db, "--format", "jsonl"]);
  assert.equal(list.status, 0, list.stderr);
  const rows = list.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; articles: number; country: string | null; type: string });
  const blinken = rows.find((r) => r.id === "antony-blinken");
  assert.ok(blinken, list.stdout);
  assert.equal(blinken.articles, 2);
  assert.equal(blinken.country, "USA");

  const people = runCli(["entities", "--db", db, "--type", "PER", "--country", "CHN", "--format", "jsonl"]);
  const ids = people.stdout
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(ids, ["wang-yi"]);

  const one = runCli(["entities", "antony-blinken", "--db", db]);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /Antony Blinken \(antony-blinken\)/);
  assert.match(one.stdout, /in 2 articles/);
  assert.match(one.stdout, /Blinken ×1/);

  const missing = runCli(["entities", "nobody-at-all", "--db", db]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /CH_USAGE/);
});

test("--kb adds records to extract; a malformed file fails fast with file:line and exit 1", () => {
  const dir = tempDir();
  const kb = join(dir, "mine.kb");
  writeFileSync(
    kb,
    'person olu-adebayo-test Olu Adebayo\n  role NGA GOV foreign_minister 2030-01-01 - "Foreign Minister"\n',
  );
  const record = JSON.stringify({
    id: "k1",
    published_at: "2031-02-02",
    text: "Olu Adebayo said the talks would resume.",
  });
  const out = runCli(["extract", "--kb", kb], { input: `${record}\n` });
  assert.equal(out.status, 0, out.stderr);
  const line = JSON.parse(out.stdout) as { entities?: { id: string; country?: string }[] };
  const e = line.entities?.find((x) => x.id === "olu-adebayo-test");
  assert.equal(e?.country, "NGA", out.stdout);

  const bad = join(dir, "bad.kb");
  writeFileSync(bad, "# comment\nperson broken\n");
  const fail = runCli(["extract", "--kb", bad], { input: `${record}\n` });
  assert.equal(fail.status, 1);
  assert.match(fail.stderr, /CH_DATA_INVALID: .*bad\.kb:2/);
});
