import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ChanceryError } from "../../src/errors.js";
import { loadPatterns, parsePatterns, patternDir, STATUS_WRAPS } from "../../src/events/patterns.js";
import { loadTaxonomy } from "../../src/events/taxonomy.js";
import { tempDir } from "../helpers/cli.js";
import { code, describe, find } from "./helpers.js";

test("the shipped pattern files load, and every rule's code is in the taxonomy", () => {
  const taxonomy = loadTaxonomy();
  const files = readdirSync(patternDir()).filter((f) => f.endsWith(".pat"));
  assert.ok(files.length >= 15, `pattern files: ${files.join(", ")}`);
  const dict = loadPatterns(taxonomy);
  assert.ok(dict.rules.length > 300, `${dict.rules.length} rules`);
  const ids = new Set<string>();
  for (const r of dict.rules) {
    assert.ok(!ids.has(r.id), `rule id ${r.id} is unique`);
    ids.add(r.id);
    const entry = taxonomy.get(r.code);
    assert.ok(entry, `${r.source}: ${r.code}`);
    // Only status wrappers may use a code without a PLOVER type.
    if (entry.ploverType === null) assert.ok(r.wrap && STATUS_WRAPS.has(r.wrap), r.source);
    assert.ok(r.lemmas.length > 0 && r.confidence > 0 && r.confidence <= 1, r.source);
    assert.match(r.source, /\.pat:\d+$/);
  }
  // Triggers are looked up by lemma and word class.
  assert.ok(dict.candidates("visit", "v").length > 0);
  assert.ok(dict.candidates("sanction", "n").length > 0);
  assert.equal(dict.candidates("visit", "a").length, 0);
});

test("a malformed pattern line fails with CH_EVENT_PATTERN naming file:line and the reason", () => {
  const taxonomy = loadTaxonomy();
  const cases: Array<[string, RegExp]> = [
    ["my.rule 999 v:visit", /unknown CAMEO code "999"/],
    ["my.rule 042 visit", /trigger "visit" must look like v:lemma/],
    ["my.rule 042 x:visit", /trigger "x:visit" must look like/],
    ["my.rule 042 v:visit colour=red", /unknown option "colour"/],
    ["my.rule 042 v:visit wrap=maybe", /unknown wrap "maybe"/],
    ["my.rule 042 v:visit recip=obj,Obj!", /unknown argument slot "Obj!"/],
    ["my.rule 042 v:visit conf=2", /conf must be in \(0, 1\]/],
    ["my.rule 042 v:visit with=", /"with=" needs at least one word/],
    ["My Rule 042 v:visit", /bad rule id "My"/],
    ["my.rule 042", /needs an id, a CAMEO code and a trigger/],
    ["my.rule 010 v:say", /CAMEO 010 has no PLOVER type/],
  ];
  for (const [line, why] of cases) {
    assert.throws(
      () => parsePatterns(`# a comment\n\n${line}\n`, "mine.pat", taxonomy),
      (e: unknown) =>
        e instanceof ChanceryError &&
        e.code === "CH_EVENT_PATTERN" &&
        e.message.includes("mine.pat:3:") &&
        why.test(e.message),
      line,
    );
  }
});

test("a malformed user pattern file passed to a run fails the run with CH_EVENT_PATTERN and file:line", async () => {
  const dir = tempDir();
  const file = join(dir, "broken.pat");
  writeFileSync(file, "# my rules\nmine.ok 042 v:visit recip=obj\nmine.bad 042 v:visit nonsense=1\n");
  await assert.rejects(
    code("Peru shunned Bolivia.", "2024-05-10", { patterns: [file] }),
    (e: unknown) =>
      e instanceof ChanceryError &&
      e.code === "CH_EVENT_PATTERN" &&
      e.message.includes("broken.pat:3") &&
      /unknown option "nonsense"/.test(e.message),
  );
  const missing = join(dir, "absent.pat");
  await assert.rejects(
    code("Peru shunned Bolivia.", "2024-05-10", { patterns: [missing] }),
    (e: unknown) =>
      e instanceof ChanceryError && e.code === "CH_EVENT_PATTERN" && e.message.includes("absent.pat"),
  );
});

test("a user pattern file adds a rule that fires, and a rule with a shipped id overrides it", async () => {
  const before = await code("Peru shunned Bolivia.", "2024-05-10");
  assert.equal(find(before, { type: "REJECT" }).length, 0, describe(before));

  const dir = tempDir();
  const file = join(dir, "mine.pat");
  // A new trigger, and the shipped visit rule recoded as "host" (CAMEO 043).
  writeFileSync(file, "user.shun   120  v:shun  recip=obj\n04.visit    043  v:visit|tour  recip=obj,to,in\n");
  const doc = await code("Peru shunned Bolivia. The Chilean president visited Uruguay.", "2024-05-10", {
    patterns: [file],
  });
  const reject = find(doc, { type: "REJECT", actor: ["PER"], recipient: ["BOL"], status: "occurred" });
  assert.equal(reject.length, 1, describe(doc));
  assert.equal(reject[0]?.evidence.rule, "user.shun");
  assert.equal(reject[0]?.cameo, "120");

  const visit = find(doc, { type: "CONSULT", actor: ["CHL"], recipient: ["URY"] });
  assert.equal(visit.length, 1, describe(doc));
  assert.equal(visit[0]?.evidence.rule, "04.visit");
  assert.equal(visit[0]?.cameo, "043", "the user's rule replaced the shipped one");

  const dict = loadPatterns(loadTaxonomy(), [file]);
  const same = dict.rules.filter((r) => r.id === "04.visit");
  assert.equal(same.length, 1);
  assert.ok(same[0]?.source.startsWith(file), same[0]?.source);

  // Without the user file the shipped rule is back.
  const plain = await code("The Chilean president visited Uruguay.", "2024-05-10");
  assert.deepEqual(
    find(plain, { type: "CONSULT", actor: ["CHL"] }).map((e) => e.cameo),
    ["042"],
    describe(plain),
  );
});

test("the more specific rule wins: a required object beats a required dependent", async () => {
  // "sever" with the object "relations" (break relations, 161) against "sever" with any
  // "relations" dependent (reduce relations, 160): the object rule is more specific.
  const doc = await code("Georgia severed relations with Russia.", "2024-05-10");
  const cut = find(doc, { type: "SANCTION", actor: ["GEO"], recipient: ["RUS"], status: "occurred" });
  assert.equal(cut.length, 1, describe(doc));
  assert.equal(cut[0]?.cameo, "161");
  assert.equal(cut[0]?.evidence.trigger, "severed relations");
  const sanctions = await code("Australia imposed sanctions on Myanmar.", "2024-05-10");
  const s = find(sanctions, { type: "SANCTION", actor: ["AUS"], recipient: ["MMR"] });
  assert.equal(s.length, 1, describe(sanctions));
  assert.equal(s[0]?.evidence.trigger, "imposed sanctions");
});
