/** `chancery explain`: how the coder reads one sentence, as text or JSON. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { EventMention } from "../../src/doc/types.js";
import { runCli, tempDir } from "../helpers/cli.js";

test("explain prints the parse, the candidate triggers, the rule that fired and the status reason", () => {
  const out = runCli(["explain", "Chile has not supplied Peru with weapons.", "--date", "2024-04-26"]);
  assert.equal(out.status, 0, out.stderr);
  const text = out.stdout;
  // The parse, as CoNLL-U lines.
  assert.match(text, /^Parse:/m);
  assert.match(text, /# text = Chile has not supplied Peru with weapons\./);
  assert.match(text, /^\s+4\tsupplied\tsupply\tVERB\t/m);
  // The candidate trigger with the rules tried: some fail with a reason, one holds.
  assert.match(text, /Trigger "supplied" \(lemma supply, verb, token \d+\):/);
  assert.match(text, /^\s+- rule \S+ \(CAMEO \d+\): needs /m);
  assert.match(text, /^\s+\+ rule \S+ \(CAMEO 07\d*\): constraints hold/m);
  assert.match(text, /^\s+fired: \S+ → CAMEO 07\d*/m);
  assert.match(text, /^\s+actor: subj: "Chile"/m);
  assert.match(text, /^\s+recipient: obj: "Peru"/m);
  assert.match(text, /^\s+status: negated \("not" negates "supplied"\)/m);
  // The event itself, with its actors and implied date.
  assert.match(text, /^Events \(1\):/m);
  assert.match(text, /07\d* AID\S* negated — trigger "supplied", rule \S+/);
  assert.match(text, /actor: Chile .*\[CHL/);
  assert.match(text, /recipient: Peru .*\[PER/);
  assert.match(text, /date: 2024-04-26 \(day, implied: publication date\)/);
});

test("explain says why a candidate trigger coded nothing", () => {
  const out = runCli(["explain", "Somebody visited.", "--date", "2024-04-26"]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /Trigger "visited"/);
  assert.match(out.stdout, /result: no event — no actor found/);
  assert.match(out.stdout, /^Events \(0\):/m);
  const none = runCli(["explain", "The weather was fine.", "--date", "2024-04-26"]);
  assert.equal(none.status, 0, none.stderr);
  assert.match(none.stdout, /No word in the text is a trigger of any pattern\./);
});

test("explain --json prints the events as parseable JSON", () => {
  const out = runCli([
    "explain",
    "The German chancellor will visit Brazil on May 20.",
    "--date",
    "2024-05-10",
    "--json",
  ]);
  assert.equal(out.status, 0, out.stderr);
  const events = JSON.parse(out.stdout) as EventMention[];
  assert.ok(Array.isArray(events));
  const visit = events.find((e) => e.plover.type === "CONSULT");
  assert.ok(visit, out.stdout);
  assert.equal(visit.status, "planned");
  assert.deepEqual(
    visit.actor.map((a) => a.country),
    ["DEU"],
  );
  assert.deepEqual(
    visit.recipient.map((a) => a.country),
    ["BRA"],
  );
  assert.deepEqual(
    { value: visit.date.value, stated: visit.date.stated },
    { value: "2024-05-20", stated: true },
  );
  assert.equal(visit.evidence.sentence, "The German chancellor will visit Brazil on May 20.");
  assert.ok(visit.evidence.rule.length > 0);
});

test("explain --patterns uses a user rule; a bad pattern file fails with CH_EVENT_PATTERN and file:line", () => {
  const dir = tempDir();
  const good = join(dir, "mine.pat");
  writeFileSync(good, "user.shun 120 v:shun recip=obj\n");
  const out = runCli(["explain", "Peru shunned Bolivia.", "--date", "2024-05-10", "--patterns", good]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /fired: user\.shun → CAMEO 120/);
  assert.match(out.stdout, /120 REJECT occurred — trigger "shunned", rule user\.shun/);

  const bad = join(dir, "bad.pat");
  writeFileSync(bad, "# mine\nuser.shun 120 q:shun\n");
  const fail = runCli(["explain", "Peru shunned Bolivia.", "--patterns", bad]);
  assert.equal(fail.status, 1);
  assert.match(fail.stderr, /CH_EVENT_PATTERN: .*bad\.pat:2: trigger "q:shun"/);
});

test("explain with a bad --date or empty text exits non-zero with a coded error", () => {
  for (const date of ["yesterday", "2024-13-01", "2024-02-30", "24-05-10"]) {
    const out = runCli(["explain", "Germany did not visit Brazil.", "--date", date]);
    assert.notEqual(out.status, 0, date);
    assert.match(out.stderr, /CH_USAGE: .*--date must be a calendar day YYYY-MM-DD/, date);
    assert.equal(out.stdout, "", "nothing on stdout");
  }
  const empty = runCli(["explain", "   "]);
  assert.notEqual(empty.status, 0);
  assert.match(empty.stderr, /CH_INPUT_EMPTY/);
});
