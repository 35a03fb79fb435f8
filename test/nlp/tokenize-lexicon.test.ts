/**
 * The tokenizer's word lists: the shipped files load and validate, a user's
 * own folder replaces them, and malformed files fail with CH_DATA_INVALID.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  abbreviationKind,
  defaultLexiconDir,
  defaultTokenizerLexicon,
  loadTokenizerLexicon,
  splitSentences,
  tokenize,
} from "../../src/nlp/tokenize/index.js";

describe("tokenizer lexicon", () => {
  const dirs: string[] = [];
  const copyOfDefaults = () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-lexicon-"));
    dirs.push(dir);
    cpSync(defaultLexiconDir(), dir, { recursive: true });
    return dir;
  };
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("loads the shipped lists once and shares them", () => {
    const lexicon = defaultTokenizerLexicon();
    assert.equal(defaultTokenizerLexicon(), lexicon);
    assert.equal(abbreviationKind(lexicon, "Mr."), "title");
    assert.equal(abbreviationKind(lexicon, "Etc."), "general");
    assert.equal(abbreviationKind(lexicon, "No."), "number");
    assert.equal(abbreviationKind(lexicon, "talks."), null);
    assert.deepEqual(lexicon.contractions.get("cannot"), [3, 3]);
    assert.ok(lexicon.hyphenPrefixes.has("non"));
    assert.ok(lexicon.sentenceStarters.has("The"));
  });

  it("uses a caller's own lists", () => {
    const dir = copyOfDefaults();
    writeFileSync(join(dir, "abbreviations.txt"), "Amb. title\nFoo.\n");
    const lexicon = loadTokenizerLexicon(dir);
    assert.deepEqual(
      tokenize("Amb. Smith met Foo. staff.", 0, undefined, { lexicon }).map((t) => t.text),
      ["Amb.", "Smith", "met", "Foo.", "staff", "."],
    );
    // With the default list, "Foo." is a word and a full stop, so a sentence ends there.
    assert.equal(splitSentences("We met Foo. Staff came.").length, 2);
    assert.equal(splitSentences("Amb. Smith came.", undefined, { lexicon }).length, 1);
  });

  it("rejects malformed files with CH_DATA_INVALID", () => {
    const cases: ReadonlyArray<readonly [file: string, content: string]> = [
      ["abbreviations.txt", "Mr\n"],
      ["abbreviations.txt", "Mr. boss\n"],
      ["contractions.txt", "cannot can nut\n"],
    ];
    for (const [file, content] of cases) {
      const dir = copyOfDefaults();
      writeFileSync(join(dir, file), content);
      assert.throws(() => loadTokenizerLexicon(dir), /CH_DATA_INVALID/, `${file}: ${content.trim()}`);
    }
  });

  it("reports a missing list with CH_DATA_INVALID", () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-lexicon-empty-"));
    dirs.push(dir);
    assert.throws(() => loadTokenizerLexicon(dir), /CH_DATA_INVALID: cannot read tokenizer list .*\.txt/);
  });
});
