import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { runCli, tempDir } from "../helpers/cli.js";

interface Summary {
  read: number;
  inserted: number;
  failed: number;
  errorsByCode: Record<string, number>;
  warningsByCode: Record<string, number>;
  errors: { code: string; item: string | null; message: string }[];
}

test("a batch of bad inputs: each a coded error naming the item, the good ones stored, the summary counts them", () => {
  const dir = tempDir();
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  const good = "Kenya and Ethiopia agreed on Tuesday to reopen their shared border.";
  writeFileSync(join(inbox, "01-good.txt"), good);
  writeFileSync(join(inbox, "02-empty.txt"), "");
  writeFileSync(
    join(inbox, "03-binary.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]),
  );
  writeFileSync(
    join(inbox, "04-latin1.txt"),
    Buffer.from("Caf\xe9 diplomacy in Bogot\xe1 resumed.", "latin1"),
  );
  writeFileSync(join(inbox, "05-big.txt"), "a".repeat(3 * 1024 * 1024));
  writeFileSync(
    join(inbox, "06-records.jsonl"),
    `${JSON.stringify({ id: "j1", text: "Japan and India held talks." })}\n{"id": "j2", "text": "cut off\n${JSON.stringify({ id: "j3", text: "Brazil hosted the summit." })}\n`,
  );
  writeFileSync(join(inbox, "07-missing.csv"), "id,title\n1,No text column\n");
  writeFileSync(
    join(inbox, "08-nobody.html"),
    "<html><head><title>t</title></head><body><script>x()</script></body></html>",
  );
  const db = join(dir, "bad.db");

  const res = runCli([
    "ingest",
    inbox,
    "--db",
    db,
    "--no-progress",
    "--json",
    "--max-bytes",
    String(2 * 1024 * 1024),
  ]);
  assert.equal(res.status, 3, "exit 3: finished with item errors");
  const s = JSON.parse(res.stdout) as Summary;
  assert.equal(s.inserted, 3, "the good text file and two good JSONL records are stored");
  for (const code of [
    "CH_INPUT_EMPTY",
    "CH_INPUT_BINARY",
    "CH_INPUT_NOT_UTF8",
    "CH_INPUT_TOO_LARGE",
    "CH_JSON_INVALID",
    "CH_CSV_INVALID",
    "CH_HTML_NO_BODY",
  ]) {
    assert.equal(s.errorsByCode[code], 1, `${code} counted once (${JSON.stringify(s.errorsByCode)})`);
  }
  assert.equal(s.failed, 7);
  const named = (code: string) => s.errors.find((e) => e.code === code)?.message ?? "";
  assert.match(named("CH_INPUT_EMPTY"), /02-empty\.txt/);
  assert.match(named("CH_INPUT_NOT_UTF8"), /04-latin1\.txt.*byte/);
  assert.match(named("CH_JSON_INVALID"), /06-records\.jsonl:2/);
  assert.match(named("CH_CSV_INVALID"), /07-missing\.csv/);

  // With an explicit encoding the Latin-1 file is read; nothing already stored is touched.
  const again = runCli([
    "ingest",
    join(inbox, "04-latin1.txt"),
    "--db",
    db,
    "--encoding",
    "latin1",
    "--json",
    "--no-progress",
  ]);
  assert.equal(again.status, 0, again.stderr);
  assert.equal((JSON.parse(again.stdout) as Summary).inserted, 1);
  const texts = runCli(["articles", "--db", db, "--format", "jsonl", "--limit", "10"]).stdout;
  assert.match(texts, /Café diplomacy in Bogotá/);
  assert.equal(texts.trim().split("\n").length, 4);
});

test("--encoding auto reads Latin-1 with a warning counted in the summary", () => {
  const dir = tempDir();
  const file = join(dir, "latin.txt");
  writeFileSync(file, Buffer.from("Caf\xe9 talks in Bogot\xe1.", "latin1"));
  const res = runCli([
    "ingest",
    file,
    "--db",
    join(dir, "a.db"),
    "--encoding",
    "auto",
    "--json",
    "--no-progress",
  ]);
  assert.equal(res.status, 0, res.stderr);
  const s = JSON.parse(res.stdout) as Summary;
  assert.equal(s.inserted, 1);
  assert.ok(Object.values(s.warningsByCode).reduce((a, b) => a + b, 0) >= 1, "the guess is reported");
});
