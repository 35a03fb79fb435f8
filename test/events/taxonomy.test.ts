import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ChanceryError } from "../../src/errors.js";
import { composeCode, isEventWrap } from "../../src/events/compose.js";
import type { WrapKind } from "../../src/events/patterns.js";
import { loadTaxonomy, parseTaxonomy, PLOVER_TYPES } from "../../src/events/taxonomy.js";
import { packageRoot } from "../../src/util/paths.js";

const FILE = join(packageRoot(), "data", "events", "cameo.tsv");

/** The QuadClass of a CAMEO root: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. */
function quadOfRoot(code: string): number {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

test("every line of cameo.tsv parses into a code with a name, QuadClass and Goldstein value", () => {
  const lines = readFileSync(FILE, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const taxonomy = loadTaxonomy();
  assert.equal(taxonomy.all().length, lines.length, "one code per data line");
  // The twenty CAMEO roots are all there.
  for (let r = 1; r <= 20; r++) assert.ok(taxonomy.get(String(r).padStart(2, "0")), `root ${r}`);
  for (const c of taxonomy.all()) {
    assert.match(c.code, /^\d{2,4}$/);
    assert.ok(c.name.trim().length > 0, `${c.code} has a name`);
    assert.ok(Math.abs(c.goldstein) <= 10, `${c.code} Goldstein in [-10, 10]`);
  }
});

test("QuadClass follows the CAMEO root and every PLOVER type is one of the sixteen", () => {
  const taxonomy = loadTaxonomy();
  assert.equal(PLOVER_TYPES.length, 16);
  for (const c of taxonomy.all()) {
    assert.equal(c.quadClass, quadOfRoot(c.code), `QuadClass of ${c.code} ${c.name}`);
    if (c.ploverType !== null) assert.ok(PLOVER_TYPES.includes(c.ploverType), `${c.code}: ${c.ploverType}`);
    // Every sub-code hangs under a parent that exists.
    if (c.code.length > 2) assert.ok(taxonomy.get(c.code.slice(0, c.code.length - 1)), `parent of ${c.code}`);
  }
  // Every PLOVER type is reachable from some code.
  const used = new Set(taxonomy.all().map((c) => c.ploverType));
  for (const t of PLOVER_TYPES) assert.ok(used.has(t), `${t} is used by some code`);
});

test("the documented Chancery decisions hold: 01 dropped, 02 REQUEST, 163 SANCTION, 08 and 0811–0814 CONCEDE", () => {
  const taxonomy = loadTaxonomy();
  for (const c of taxonomy.all()) {
    if (c.code.startsWith("01")) assert.equal(c.ploverType, null, `${c.code} has no PLOVER type`);
    if (c.code.startsWith("02")) assert.equal(c.ploverType, "REQUEST", c.code);
  }
  assert.equal(taxonomy.get("163")?.ploverType, "SANCTION");
  assert.equal(taxonomy.get("08")?.ploverType, "CONCEDE");
  for (const code of ["081", "0811", "0812", "0813", "0814"]) {
    assert.equal(taxonomy.get(code)?.ploverType, "CONCEDE", code);
  }
});

test("every code a wrapper can compose exists in the taxonomy, has a PLOVER type and stays in its family", () => {
  const taxonomy = loadTaxonomy();
  const families: Partial<Record<WrapKind, string>> = {
    agree: "03",
    threaten: "13",
    reject: "12",
    request: "10",
    appeal: "02",
  };
  for (const wrap of Object.keys(families) as WrapKind[]) {
    assert.ok(isEventWrap(wrap), `${wrap} codes an event`);
    const produced = new Set<string>();
    for (const inner of taxonomy.all()) produced.add(composeCode(wrap, inner.code, "none"));
    for (const code of produced) {
      const entry = taxonomy.get(code);
      assert.ok(entry, `${wrap} can produce ${code}, which is not in cameo.tsv`);
      assert.ok(entry.ploverType, `${wrap} → ${code} has a PLOVER type`);
      assert.ok(code.startsWith(families[wrap] ?? "?"), `${wrap} → ${code} stays in CAMEO ${families[wrap]}`);
    }
  }
  for (const wrap of ["plan", "hypothetical", "negate", "cancel"] as const)
    assert.ok(!isEventWrap(wrap), wrap);
});

test("a malformed taxonomy line fails with CH_DATA_INVALID naming file:line", () => {
  const cases: Array<[string, RegExp]> = [
    ["042\t1\t1.9\tCONSULT\t-\t-", /x\.tsv:2: expected 7 tab-separated columns/],
    ["04x\t1\t1.9\tCONSULT\t-\t-\tVisit", /x\.tsv:2: bad code/],
    ["042\t5\t1.9\tCONSULT\t-\t-\tVisit", /x\.tsv:2: bad QuadClass/],
    ["042\t1\t11\tCONSULT\t-\t-\tVisit", /x\.tsv:2: bad QuadClass .* or Goldstein/],
    ["042\t1\t1.9\tCHAT\t-\t-\tVisit", /x\.tsv:2: unknown PLOVER type "CHAT"/],
  ];
  for (const [line, why] of cases) {
    assert.throws(
      () => parseTaxonomy(`# header\n${line}\n`, "x.tsv"),
      (e: unknown) => e instanceof ChanceryError && e.code === "CH_DATA_INVALID" && why.test(e.message),
      line,
    );
  }
});
