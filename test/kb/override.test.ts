import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadKnowledgeBase } from "../../src/kb/index.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-kb-"));
const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const first = write(
  "first.kb",
  `# A user file: replaces one person, adds another, extends and drops records.
person antony-blinken Antony J. Blinken
  gender m
  role USA GOV foreign_minister 2021-01-26 2025-01-20 "Secretary of State"

person testa-persona Testa Persona
  gender f
  role FRA GOV envoy 2024-01-01 - "Special Envoy for Testing"

extend country FRA
  alias Hexagone
  seat GOV Bercy

extend person wang-yi
  misspelling Wang Yee

term MED body country=FRA : le canard

drop ambiguous Chad
`,
);

const second = write(
  "second.kb",
  `person testa-persona Testa Persona
  alias T. Persona
  role DEU GOV envoy 2025-01-01 - "Envoy"
`,
);

test("a user file adds, replaces, extends and drops records by id", () => {
  const kb = loadKnowledgeBase([first]);
  const blinken = kb.people.get("antony-blinken");
  assert.equal(blinken?.name, "Antony J. Blinken");
  assert.equal(blinken?.roles.length, 1);
  assert.deepEqual(kb.lookup("Tony Blinken"), [], "replaced record keeps none of the shipped aliases");
  assert.deepEqual(
    kb.lookup("Antony J. Blinken").map((r) => r.id),
    ["antony-blinken"],
  );
  assert.equal(kb.holderOf("USA", "foreign_minister", "2023-06-18")?.person.name, "Antony J. Blinken");

  assert.deepEqual(
    kb.lookup("Testa Persona").map((r) => r.id),
    ["testa-persona"],
  );
  assert.equal(kb.holderOf("FRA", "envoy", "2024-06-01")?.person.id, "testa-persona");

  assert.deepEqual(
    kb.lookup("Hexagone").map((r) => r.id),
    ["FRA"],
  );
  assert.deepEqual(
    kb.lookup("French Republic").map((r) => r.id),
    ["FRA"],
    "extend keeps existing names",
  );
  assert.deepEqual(
    kb.seats("Bercy").map((s) => s.owner),
    ["FRA"],
  );
  assert.equal(kb.people.get("wang-yi")?.roles.length, 3, "extend keeps existing roles");
  assert.deepEqual(
    kb.lookupMisspelling("Wang Yee").map((r) => r.id),
    ["wang-yi"],
  );
  assert.equal(kb.termsFor("le canard")[0]?.country, "FRA");
  assert.equal(kb.ambiguity("Chad"), undefined);
  assert.ok(kb.ambiguity("Jordan"));
  assert.ok(kb.files.includes(first));
});

test("user files do not change the shipped knowledge base", () => {
  loadKnowledgeBase([first]);
  const shipped = loadKnowledgeBase();
  assert.equal(shipped.people.get("antony-blinken")?.name, "Antony Blinken");
  assert.deepEqual(shipped.lookup("Hexagone"), []);
  assert.ok(shipped.ambiguity("Chad"));
  assert.equal(shipped.people.get("wang-yi")?.misspellings.length, 0);
});

test("later user files override earlier ones", () => {
  const kb = loadKnowledgeBase([first, second]);
  const p = kb.people.get("testa-persona");
  assert.deepEqual(
    p?.roles.map((r) => r.where),
    ["DEU"],
  );
  assert.equal(p?.gender, null);
  assert.deepEqual(
    kb.lookup("T. Persona").map((r) => r.id),
    ["testa-persona"],
  );
  assert.equal(kb.holderOf("FRA", "envoy", "2024-06-01"), null);
});

test("a user file may redefine an id the shipped files define, but not twice itself", () => {
  const twice = write(
    "twice.kb",
    "person dup-x Dup X\n  role FRA GOV envoy 2020 -\n\nperson dup-x Dup X\n  role FRA GOV envoy 2021 -\n",
  );
  assert.throws(
    () => loadKnowledgeBase([twice]),
    (err: Error) => {
      assert.match(err.message, /CH_DATA_INVALID/);
      assert.match(err.message, new RegExp(`${twice.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4`));
      assert.match(err.message, /duplicate person "dup-x"/);
      return true;
    },
  );
});
