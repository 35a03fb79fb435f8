import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDataDirs } from "../../src/clean/data.js";
import { detectLanguage, loadLanguageTable } from "../../src/clean/language.js";
import { createDoc } from "../../src/doc/doc.js";
import { Pipeline } from "../../src/pipeline/pipeline.js";
import { cleanStage } from "../../src/stages/clean/index.js";
import { isEnglishDoc, languageStage, NOT_ENGLISH } from "../../src/stages/language/index.js";
import { markupStage } from "../../src/stages/markup/index.js";
import { normalizeStage } from "../../src/stages/normalize/index.js";

const table = loadLanguageTable(cleanDataDirs());
const run = (raw: string, init: { rawKind?: "text" | "html"; language?: string } = {}) =>
  new Pipeline([markupStage, normalizeStage, cleanStage, languageStage]).run(
    createDoc({ id: "l", raw, rawKind: init.rawKind ?? "text", language: init.language ?? null }),
  );

const SAMPLES: [string, string, string][] = [
  [
    "English",
    "Valdera's trade minister Ilse Varga will travel to Montrel next week. Officials said the visit would focus on the shared harbour.",
    "en",
  ],
  [
    "French",
    "Les syndicats et la direction du port ont conclu mardi un accord mettant fin à trois semaines de grève, a annoncé la préfecture.",
    "fr",
  ],
  [
    "German",
    "Die Außenminister haben sich am Montag auf eine gemeinsame Nutzung des Flusses geeinigt. Damit endet ein langer Streit.",
    "de",
  ],
  [
    "Spanish",
    "El gobierno anunció el martes un acuerdo con los sindicatos para poner fin a la huelga en el puerto de la ciudad.",
    "es",
  ],
  [
    "Russian",
    "Министр иностранных дел России Сергей Лавров на следующей неделе посетит Китай, сообщили в министерстве.",
    "ru",
  ],
  ["Korean", "외교부는 화요일 양국 정상이 다음 달 서울에서 회담을 열 예정이라고 밝혔다.", "ko"],
];

for (const [label, text, code] of SAMPLES) {
  test(`detects ${label}`, () => assert.equal(detectLanguage(text, table).language?.iso1, code));
}

test("short English is not mistaken for Scots or Low German (only listed languages compete)", () => {
  assert.equal(
    detectLanguage("Foreign Minister Ilse Varga will visit Montrel next week.", table).language?.iso1,
    "en",
  );
});

test("too little text is undetermined unless the source declares a language", () => {
  assert.equal(detectLanguage("OK 12", table).language, null);
  assert.equal(detectLanguage("OK 12", table, { declared: "fr" }).language?.iso1, "fr");
});

test("the declared language breaks a near tie (Indonesian vs Malay)", () => {
  const text =
    "Pemerintah mengumumkan pada hari Selasa bahwa kedua negara akan mengadakan pertemuan di ibu kota bulan depan untuk membahas kerja sama.";
  const guess = detectLanguage(text, table, { declared: "id" });
  assert.equal(guess.language?.iso1, "id");
});

test("non-English documents are kept, tagged and flagged with a reason", async () => {
  const doc = await run(SAMPLES[2]?.[1] ?? "");
  assert.equal(doc.language, "de");
  assert.equal(doc.provenance["language"], "detected");
  const w = doc.warnings.find((x) => x.code === NOT_ENGLISH);
  assert.ok(w, "CH_W_NOT_ENGLISH warning");
  assert.match(w.message, /German \(de\).*English-only stages skip it/);
  assert.equal(isEnglishDoc(doc), false);
  assert.ok(doc.text.length > 0);
});

test("English documents get no warning", async () => {
  const doc = await run(SAMPLES[0]?.[1] ?? "");
  assert.equal(doc.language, "en");
  assert.deepEqual(doc.warnings, []);
  assert.equal(isEnglishDoc(doc), true);
});

test("a language stated by the input record is kept; the warning says so", async () => {
  const doc = await run(SAMPLES[0]?.[1] ?? "", { language: "fr" });
  assert.equal(doc.language, "fr");
  assert.match(doc.warnings[0]?.message ?? "", /input record states it/);
});

test("a wrong <html lang> is corrected by the text", async () => {
  const html = `<html lang="en"><body><article><p>${SAMPLES[1]?.[1]}</p><p>${SAMPLES[1]?.[1]}</p></article></body></html>`;
  const doc = await run(html, { rawKind: "html" });
  assert.equal(doc.language, "fr");
  assert.equal(doc.provenance["language"], "detected (page said en)");
});
