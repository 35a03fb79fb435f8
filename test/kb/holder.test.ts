import assert from "node:assert/strict";
import { test } from "node:test";
import { loadKnowledgeBase } from "../../src/kb/index.js";

const kb = loadKnowledgeBase();

/** [place, office, date, expected person id or null]. */
const TABLE: [string, string, string, string | null][] = [
  // United States: Secretaries of State, including handover days and a vacancy
  ["USA", "foreign_minister", "2001-06-01", "colin-powell"],
  ["USA", "foreign_minister", "2005-01-25", "colin-powell"],
  ["USA", "foreign_minister", "2005-01-27", "condoleezza-rice"],
  ["USA", "foreign_minister", "2010-05-01", "hillary-clinton"],
  ["USA", "foreign_minister", "2013-02-01", "john-kerry"],
  ["USA", "foreign_minister", "2017-03-01", "rex-tillerson"],
  ["USA", "foreign_minister", "2018-04-10", null],
  ["USA", "foreign_minister", "2019-06-01", "mike-pompeo"],
  ["USA", "foreign_minister", "2023-06-18", "antony-blinken"],
  ["USA", "foreign_minister", "2025-01-20", "antony-blinken"],
  ["USA", "foreign_minister", "2025-01-21", "marco-rubio"],
  // United States: presidents and national security advisers
  ["USA", "head_of_state", "2000-06-01", "bill-clinton"],
  ["USA", "head_of_state", "2001-01-20", "george-w-bush"],
  ["USA", "head_of_state", "2009-01-20", "barack-obama"],
  ["USA", "head_of_state", "2017-01-20", "donald-trump"],
  ["USA", "head_of_state", "2021-01-20", "joe-biden"],
  ["USA", "head_of_state", "2025-01-20", "donald-trump"],
  ["USA", "national_security_adviser", "2023-01-01", "jake-sullivan"],
  ["USA", "national_security_adviser", "2025-06-01", "marco-rubio"],
  ["USA", "foreign_ministry_spokesperson", "2024-01-01", "matthew-miller"],
  // China
  ["CHN", "head_of_state", "2002-01-01", "jiang-zemin"],
  ["CHN", "head_of_state", "2003-03-15", "hu-jintao"],
  ["CHN", "head_of_state", "2020-01-01", "xi-jinping"],
  ["CHN", "head_of_government", "2015-01-01", "li-keqiang"],
  ["CHN", "head_of_government", "2024-01-01", "li-qiang"],
  ["CHN", "foreign_minister", "2005-01-01", "li-zhaoxing"],
  ["CHN", "foreign_minister", "2010-01-01", "yang-jiechi"],
  ["CHN", "foreign_minister", "2022-12-29", "wang-yi"],
  ["CHN", "foreign_minister", "2022-12-30", "qin-gang"],
  ["CHN", "foreign_minister", "2023-07-24", "qin-gang"],
  ["CHN", "foreign_minister", "2023-07-25", "wang-yi"],
  // Russia
  ["RUS", "head_of_state", "2000-01-15", "vladimir-putin"],
  ["RUS", "head_of_state", "2009-01-01", "dmitry-medvedev"],
  ["RUS", "head_of_state", "2015-01-01", "vladimir-putin"],
  ["RUS", "head_of_government", "2010-01-01", "vladimir-putin"],
  ["RUS", "head_of_government", "2016-01-01", "dmitry-medvedev"],
  ["RUS", "head_of_government", "2022-01-01", "mikhail-mishustin"],
  ["RUS", "foreign_minister", "2003-01-01", "igor-ivanov"],
  ["RUS", "foreign_minister", "2004-03-09", "sergey-lavrov"],
  ["RUS", "defence_minister", "2010-01-01", "anatoly-serdyukov"],
  ["RUS", "defence_minister", "2024-06-01", "andrei-belousov"],
  // Japan
  ["JPN", "head_of_government", "2003-01-01", "junichiro-koizumi"],
  ["JPN", "head_of_government", "2007-01-01", "shinzo-abe"],
  ["JPN", "head_of_government", "2019-01-01", "shinzo-abe"],
  ["JPN", "head_of_government", "2022-01-01", "fumio-kishida"],
  ["JPN", "head_of_government", "2024-12-01", "shigeru-ishiba"],
  ["JPN", "head_of_government", "2025-10-20", "shigeru-ishiba"],
  ["JPN", "head_of_government", "2025-10-21", "sanae-takaichi"],
  ["JPN", "foreign_minister", "2014-01-01", "fumio-kishida"],
  ["JPN", "foreign_minister", "2024-01-01", "yoko-kamikawa"],
  // United Kingdom
  ["GBR", "head_of_government", "2005-01-01", "tony-blair"],
  ["GBR", "head_of_government", "2008-01-01", "gordon-brown"],
  ["GBR", "head_of_government", "2016-07-13", "theresa-may"],
  ["GBR", "head_of_government", "2020-01-01", "boris-johnson"],
  ["GBR", "head_of_government", "2022-10-01", "liz-truss"],
  ["GBR", "head_of_government", "2023-01-01", "rishi-sunak"],
  ["GBR", "head_of_government", "2025-01-01", "keir-starmer"],
  ["GBR", "head_of_state", "2022-09-07", "elizabeth-ii"],
  ["GBR", "head_of_state", "2022-09-09", "charles-iii"],
  ["GBR", "foreign_minister", "2017-01-01", "boris-johnson"],
  ["GBR", "foreign_minister", "2024-01-01", "david-cameron"],
  ["GBR", "foreign_minister", "2025-10-01", "yvette-cooper"],
  // France
  ["FRA", "head_of_state", "2005-01-01", "jacques-chirac"],
  ["FRA", "head_of_state", "2010-01-01", "nicolas-sarkozy"],
  ["FRA", "head_of_state", "2015-01-01", "francois-hollande"],
  ["FRA", "head_of_state", "2020-01-01", "emmanuel-macron"],
  ["FRA", "head_of_government", "2024-10-01", "michel-barnier"],
  ["FRA", "head_of_government", "2025-10-01", "sebastien-lecornu"],
  ["FRA", "foreign_minister", "2013-01-01", "laurent-fabius"],
  ["FRA", "foreign_minister", "2019-01-01", "jean-yves-le-drian"],
  // Germany
  ["DEU", "head_of_government", "2003-01-01", "gerhard-schroeder"],
  ["DEU", "head_of_government", "2010-01-01", "angela-merkel"],
  ["DEU", "head_of_government", "2022-06-01", "olaf-scholz"],
  ["DEU", "head_of_government", "2025-06-01", "friedrich-merz"],
  ["DEU", "foreign_minister", "2008-01-01", "frank-walter-steinmeier"],
  ["DEU", "foreign_minister", "2011-01-01", "guido-westerwelle"],
  ["DEU", "foreign_minister", "2015-01-01", "frank-walter-steinmeier"],
  ["DEU", "foreign_minister", "2023-01-01", "annalena-baerbock"],
  ["DEU", "foreign_minister", "2025-06-01", "johann-wadephul"],
  // India
  ["IND", "head_of_government", "2003-01-01", "atal-bihari-vajpayee"],
  ["IND", "head_of_government", "2010-01-01", "manmohan-singh"],
  ["IND", "head_of_government", "2015-01-01", "narendra-modi"],
  ["IND", "head_of_state", "2023-01-01", "droupadi-murmu"],
  ["IND", "foreign_minister", "2016-01-01", "sushma-swaraj"],
  ["IND", "foreign_minister", "2020-01-01", "s-jaishankar"],
  // IGOs
  ["UNO", "igo_head", "2010-01-01", "ban-ki-moon"],
  ["UNO", "igo_head", "2020-01-01", "antonio-guterres"],
  ["EU", "foreign_minister", "2020-01-01", "josep-borrell"],
  ["NATO", "igo_head", "2020-01-01", "jens-stoltenberg"],
];

test("holderOf answers who held an office on a date (table)", () => {
  assert.ok(TABLE.length >= 40);
  for (const [place, office, date, want] of TABLE) {
    const got = kb.holderOf(place, office, date)?.person.id ?? null;
    assert.equal(got, want, `${place} ${office} on ${date}`);
  }
});

test("holderOf returns the role it matched, with its title", () => {
  const h = kb.holderOf("USA", "foreign_minister", "2023-06-18");
  assert.equal(h?.person.name, "Antony Blinken");
  assert.equal(h?.role.title, "Secretary of State");
  assert.equal(h?.role.start.text, "2021-01-26");
  assert.equal(h?.role.end?.text, "2025-01-20");
});

test("holdersOf lists every holder of a multi-holder office", () => {
  const ids = kb.holdersOf("CHN", "foreign_ministry_spokesperson", "2021-06-01").map((h) => h.person.id);
  for (const id of ["hua-chunying", "zhao-lijian", "wang-wenbin"]) assert.ok(ids.includes(id), id);
  assert.ok(!ids.includes("geng-shuang"));
  assert.ok(!ids.includes("mao-ning"));
});

test("a suspended president and the acting president are both holders, the full holder first", () => {
  const holders = kb.holdersOf("KOR", "head_of_state", "2025-01-01").map((h) => h.person.id);
  assert.deepEqual(holders, ["yoon-suk-yeol", "choi-sang-mok"]);
});

test("holderOf accepts Date objects and rejects malformed dates", () => {
  assert.equal(
    kb.holderOf("USA", "foreign_minister", new Date(Date.UTC(2023, 5, 18)))?.person.id,
    "antony-blinken",
  );
  assert.throws(() => kb.holderOf("USA", "foreign_minister", "18 June 2023"), /CH_DATA_INVALID/);
  assert.equal(kb.holderOf("XXX", "foreign_minister", "2023-06-18"), null);
});

test("rolesAt lists the roles a person held on a date", () => {
  assert.deepEqual(
    kb.rolesAt("sergey-lavrov", "2000-01-01").map((r) => r.office),
    ["un_ambassador"],
  );
  assert.deepEqual(
    kb
      .rolesAt("marco-rubio", "2025-06-01")
      .map((r) => r.office)
      .sort(),
    ["foreign_minister", "national_security_adviser"],
  );
  assert.deepEqual(kb.rolesAt("alexei-navalny", "2024-03-01"), []);
  assert.deepEqual(kb.rolesAt("no-such-person", "2024-03-01"), []);
});

test("partial dates: a month-precision end is possible through the whole month", () => {
  // Zhao Lijian's spokesman role ends "2023-01".
  const ids = (d: string): string[] =>
    kb.holdersOf("CHN", "foreign_ministry_spokesperson", d).map((h) => h.person.id);
  assert.ok(ids("2023-01-31").includes("zhao-lijian"));
  assert.ok(!ids("2023-02-01").includes("zhao-lijian"));
});
