import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { ExtractOutput } from "../../src/extract/output.js";
import { runCli, tempDir } from "../helpers/cli.js";

const COMMANDS = [
  "demo",
  "ingest",
  "extract",
  "events",
  "articles",
  "stats",
  "pipeline",
  "show",
  "parse",
  "serve",
  "start",
];

test("every command has --help and exits 0", () => {
  for (const cmd of COMMANDS) {
    const res = runCli([cmd, "--help"]);
    assert.equal(res.status, 0, `${cmd} --help`);
    assert.match(res.stdout, /Usage: chancery/);
  }
});

test("unknown options and bad values exit 2 with a message naming the option", () => {
  assert.equal(runCli(["ingest", "--bogus", "x"]).status, 2);
  const bad = runCli(["events", "--status", "maybe", "--db", join(tempDir(), "x.db")]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /CH_USAGE.*--status/);
  const badDate = runCli(["events", "--from", "March", "--db", join(tempDir(), "x.db")]);
  assert.equal(badDate.status, 2);
  assert.match(badDate.stderr, /--from/);
});

test("extract writes exactly one valid JSON line per input record, in order, errors included", () => {
  const dir = tempDir();
  const input = join(dir, "in.jsonl");
  writeFileSync(
    input,
    [
      JSON.stringify({
        id: "r1",
        text: "Japan and India signed a defence pact in Tokyo on Monday.",
        published_at: "2024-03-04",
      }),
      '{"id": "r2", "text": "truncated',
      JSON.stringify({
        id: "r3",
        html: "<html><body><article><p>Brazil hosted the G20 summit.</p></article></body></html>",
      }),
      JSON.stringify({ id: "r4", title: "no text field" }),
    ].join("\n"),
  );
  const res = runCli(["extract", "--input", input]);
  assert.equal(res.status, 3, "some records had errors");
  const lines = res.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as ExtractOutput);
  assert.equal(lines.length, 4);
  assert.equal(lines[0]?.id, "r1");
  assert.equal(lines[0]?.text, "Japan and India signed a defence pact in Tokyo on Monday.");
  assert.equal(lines[0]?.published_at, "2024-03-04");
  for (const key of ["entities", "times", "places", "events"])
    assert.ok(Array.isArray((lines[0] as unknown as Record<string, unknown>)[key]));
  assert.equal(lines[1]?.error?.code, "CH_JSON_INVALID");
  assert.match(lines[1]?.error?.message ?? "", /in\.jsonl:2/);
  assert.equal(lines[2]?.text, "Brazil hosted the G20 summit.");
  assert.equal(lines[3]?.error?.code, "CH_RECORD_INVALID");
});

test("extract reads stdin and writes stdout without a database", () => {
  const cwd = tempDir();
  const res = runCli(["extract"], {
    input: `${JSON.stringify({ id: "s1", text: "Kenya welcomed the AU envoy." })}\n`,
    cwd,
  });
  assert.equal(res.status, 0, res.stderr);
  assert.equal((JSON.parse(res.stdout) as { id: string }).id, "s1");
});

test("extract --explain-clean tells on stderr what the cleaner removed and why", () => {
  const text =
    "Kenya and Ethiopia agreed on Tuesday to reopen their shared border, officials said.\n" +
    "Share this: Facebook Twitter WhatsApp\n" +
    "The two governments will hold further talks next month.";
  const res = runCli(["extract", "--explain-clean", "--stages", "markup,normalize,clean,language"], {
    input: `${JSON.stringify({ id: "x1", text })}\n`,
  });
  assert.equal(res.status, 0, res.stderr);
  const line = JSON.parse(res.stdout) as ExtractOutput;
  assert.ok(!line.text.includes("WhatsApp"));
  assert.ok(line.text.includes("further talks next month"));
  assert.match(res.stderr, /x1/);
  assert.match(res.stderr, /Share this: Facebook Twitter WhatsApp/);
});

test("pipeline lists the stages with what they require and assign", () => {
  const res = runCli(["pipeline", "--json"]);
  assert.equal(res.status, 0);
  const stages = JSON.parse(res.stdout) as { name: string; requires: string[]; assigns: string[] }[];
  assert.ok(stages.length >= 2);
  assert.equal(stages[0]?.name, "markup");
});

test("events and articles list what ingest stored, as table, JSONL and CSV", () => {
  const dir = tempDir();
  const db = join(dir, "q.db");
  const ing = runCli(["ingest", "examples/corpus", "--db", db, "--no-progress"]);
  assert.equal(ing.status, 0, ing.stderr + ing.stdout);
  const table = runCli(["articles", "--db", db, "--limit", "5"]);
  assert.equal(table.status, 0);
  assert.match(table.stdout, /^id\s+published/);
  const csv = runCli(["articles", "--db", db, "--limit", "3", "--format", "csv"]);
  assert.equal(csv.stdout.trim().split("\n").length, 4);
  const jsonl = runCli(["articles", "--db", db, "--format", "jsonl", "--limit", "100"]);
  assert.ok(jsonl.stdout.trim().split("\n").length >= 40);
  const stats = JSON.parse(runCli(["stats", "--db", db, "--json"]).stdout) as { articles: number };
  assert.ok(stats.articles >= 40);
  const events = runCli(["events", "--db", db, "--actor", "USA", "--format", "jsonl"]);
  assert.equal(events.status, 0, events.stderr);
  const show = runCli(["show", "a12-brazil-lula-china-postponed", "--db", db, "--removed"]);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /doc a12-brazil-lula-china-postponed/);
  assert.match(show.stdout, /published: 2023-03-25T13:20:00Z \(from meta:article:published_time\)/);
  assert.match(show.stdout, /removed by the cleaner/);
  const json = JSON.parse(runCli(["show", "1", "--db", db, "--json"]).stdout) as {
    id: string;
    layers: string[];
  };
  assert.ok(json.layers.includes("text"));
  const missing = runCli(["show", "no-such-doc", "--db", db]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no stored article "no-such-doc"/);
});
