import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ChanceryError } from "../../src/errors.js";
import { loadKnowledgeBase, runValidator, validateKnowledgeBase } from "../../src/kb/index.js";
import { packageRoot } from "../../src/util/paths.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-kb-bad-"));
let n = 0;
const write = (text: string): string => {
  const p = join(dir, `case-${++n}.kb`);
  writeFileSync(p, text);
  return p;
};

/** [file text, expected line, expected message, severity]. Antarctica (ATA) has no shipped people. */
const CASES: [string, number, RegExp, "error" | "warning"][] = [
  [
    "person x-a X A\n  role ATA GOV envoy 2020 -\nperson x-a X A\n  role ATA GOV envoy 2021 -\n",
    3,
    /duplicate person "x-a" \(first defined at .*:1\)/,
    "error",
  ],
  ["person x-b X B\n  role XXZ GOV envoy 2020 -\n", 2, /unknown country or IGO code "XXZ"/, "error"],
  ["person x-c X C\n  role ATA FOO envoy 2020 -\n", 2, /unknown sector code "FOO"/, "error"],
  ["person x-d X D\n  role ATA GOV envoy 2023-02-29 -\n", 2, /bad start date "2023-02-29"/, "error"],
  ["person x-e X E\n  role ATA GOV envoy 2020/01/01 -\n", 2, /bad start date "2020\/01\/01"/, "error"],
  [
    "person x-f X F\n  role ATA GOV envoy 2020-05-01 2020-04-30\n",
    2,
    /role ends \(2020-04-30\) before it starts \(2020-05-01\)/,
    "error",
  ],
  [
    "person x-g X G\n  role ATA GOV head_of_state 2030-01-01 2031-01-01\n\nperson x-h X H\n  role ATA GOV head_of_state 2030-06-01 -\n",
    5,
    /overlapping tenure: x-h holds head_of_state of ATA 2030-06-01 to now while x-g holds it 2030-01-01 to 2031-01-01/,
    "error",
  ],
  ["person x-i X I\n  role ATA GOV no_such_office 2020 -\n", 2, /unknown office "no_such_office"/, "error"],
  [
    "person x-j X J\n  nickname Jay\n  role ATA GOV envoy 2020 -\n",
    2,
    /unknown field "nickname" for person x-j/,
    "error",
  ],
  ["politician x-k X K\n", 1, /unknown record type "politician"/, "error"],
  [
    "  alias Stray\nperson x-l X L\n  role ATA GOV envoy 2020 -\n",
    1,
    /indented field line before any record header/,
    "error",
  ],
  [
    "person x-m X M\n  died 2020-01-01\n  role ATA GOV envoy 2021-01-01 2022-01-01\n",
    3,
    /role starts after x-m died \(2020-01-01\)/,
    "error",
  ],
  [
    "person x-n X N\n  died 2020-01-01\n  role ATA GOV envoy 2019-01-01 -\n",
    3,
    /role has no end but x-n died on 2020-01-01/,
    "error",
  ],
  ["territory XQA Test Land\n  sovereign XQB\n", 1, /unknown sovereign country code "XQB"/, "error"],
  [
    "igo TESTIGO Test Organisation\n  members FRA XQC\n",
    1,
    /igo TESTIGO: unknown member country code "XQC"/,
    "error",
  ],
  [
    "person x-o X O\n  role ATA REB group_leader 2020 - @no-such-group\n",
    2,
    /unknown org "@no-such-group"/,
    "error",
  ],
  ["term GOV person office=no_such_office : test title\n", 1, /unknown office "no_such_office"/, "error"],
  [
    "ambiguous Testville : country=ATA | person=no-such-person\n",
    1,
    /ambiguous "Testville": unknown person "no-such-person"/,
    "error",
  ],
  [
    "extend person no-such-person\n  alias Nobody\n",
    1,
    /extend person: no person "no-such-person" to extend/,
    "error",
  ],
  ["drop igo NOSUCHIGO\n", 1, /drop igo: nothing named "NOSUCHIGO" to drop/, "error"],
  ["person Bad_Id Bad Id\n", 1, /bad person id "Bad_Id"/, "error"],
  ["country XQD\n", 1, /country XQD has no name/, "error"],
  ["person x-p X P\n  gender x\n  role ATA GOV envoy 2020 -\n", 2, /bad gender "x"/, "error"],
  ["person x-q X Q\n  role ATA GOV envoy 2020 - boss\n", 2, /unknown role flag "boss"/, "error"],
  ["igo FRA France Organisation\n", 1, /code FRA is both a country and an IGO/, "error"],
  ["org x-r X R\n  kind party\n", 1, /org x-r has no sector line/, "error"],
  [
    "person x-s X S\n  alias Xavier Test\n  misspelling Xavier Test\n  role ATA GOV envoy 2020 -\n",
    1,
    /misspelling "Xavier Test" is a true name of x-s/,
    "warning",
  ],
  ["person x-t X T\n", 1, /person x-t has no roles/, "warning"],
  [
    "person x-u Antony Blinken\n  role ATA GOV envoy 2020 -\n",
    1,
    /name "antony blinken" belongs to antony-blinken, x-u; list it as ambiguous/,
    "warning",
  ],
];

test("each malformed file is reported at the right file:line with its reason", () => {
  for (const [text, line, message, severity] of CASES) {
    const file = write(text);
    const issues = validateKnowledgeBase([file]).filter((i) => i.file === file);
    const hit = issues.find((i) => i.line === line && message.test(i.message));
    assert.ok(
      hit,
      `${JSON.stringify(text)}: want ${severity} at line ${line} matching ${message}, got ${JSON.stringify(issues)}`,
    );
    assert.equal(hit.severity, severity, JSON.stringify(text));
  }
});

test("acting holders and handover days are not overlaps", () => {
  const file = write(
    "person x-v X V\n  role ATA GOV head_of_state 2030-01-01 2031-01-01\n\n" +
      "person x-w X W\n  role ATA GOV head_of_state 2030-06-01 2030-09-01 acting\n" +
      "  role ATA GOV head_of_state 2031-01-01 -\n",
  );
  const errors = validateKnowledgeBase([file]).filter((i) => i.severity === "error");
  assert.deepEqual(errors, []);
});

test("month-precision boundaries only overlap when they surely do", () => {
  const ok = write(
    "person x-x X X\n  role ATA GOV head_of_state 2030-01-01 2031-05\n\nperson x-y X Y\n  role ATA GOV head_of_state 2031-05-20 -\n",
  );
  assert.deepEqual(
    validateKnowledgeBase([ok]).filter((i) => i.severity === "error"),
    [],
  );
  const bad = write(
    "person x-z X Z\n  role ATA GOV head_of_state 2030-01-01 2031-05\n\nperson x-zz X ZZ\n  role ATA GOV head_of_state 2031-04-20 -\n",
  );
  const errs = validateKnowledgeBase([bad]).filter((i) => i.severity === "error" && i.file === bad);
  assert.equal(errs.length, 1);
  assert.equal(errs[0]?.line, 5);
});

test("a missing file is an error naming the file", () => {
  const missing = join(dir, "does-not-exist.kb");
  const issues = validateKnowledgeBase([missing]);
  assert.ok(issues.some((i) => i.file === missing && i.line === 0 && /cannot read file/.test(i.message)));
});

test("loading fails fast with CH_DATA_INVALID and the file:line of the first error", () => {
  const file = write("person x-aa X AA\n  role ATA GOV envoy 2020 -\n  role ATA GOV envoy 2020-13 -\n");
  assert.throws(
    () => loadKnowledgeBase([file]),
    (err: unknown) => {
      assert.ok(err instanceof ChanceryError);
      assert.equal(err.code, "CH_DATA_INVALID");
      assert.equal(err.item, `${file}:3`);
      assert.match(err.message, /bad start date "2020-13"/);
      return true;
    },
  );
});

test("runValidator prints issues and a summary and sets the exit status", () => {
  const lines: string[] = [];
  assert.equal(
    runValidator([], (l) => lines.push(l)),
    0,
  );
  assert.match(lines.at(-1) ?? "", /0 errors, 0 warnings/);
  const bad = write("person x-bb X BB\n  role ATA GOV envoy 2020 2019\n");
  const out: string[] = [];
  assert.equal(
    runValidator([bad], (l) => out.push(l)),
    1,
  );
  assert.ok(
    out.some((l) => l.startsWith(`${bad}:2: error: role ends (2019) before it starts (2020)`)),
    out.join("\n"),
  );
  const warn = write("person x-cc X CC\n");
  assert.equal(
    runValidator([warn], () => {}),
    0,
  );
  assert.equal(
    runValidator(["--strict", warn], () => {}),
    1,
  );
  assert.equal(
    runValidator(["--bogus"], () => {}),
    2,
  );
});

test("validate.js runs as a command", () => {
  const script = join(packageRoot(), "dist", "src", "kb", "validate.js");
  const good = spawnSync(process.execPath, [script], { encoding: "utf8" });
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /0 errors, 0 warnings/);
  const bad = write("person x-dd X DD\n  role ATA GOV envoy 2020 -\n  role ATA XYZ envoy 2020 -\n");
  const res = spawnSync(process.execPath, [script, bad], { encoding: "utf8" });
  assert.equal(res.status, 1);
  assert.ok(res.stdout.includes(`${bad}:3: error: unknown sector code "XYZ"`), res.stdout);
});
