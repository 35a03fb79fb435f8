import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc, type Doc } from "../../doc/doc.js";
import { normalizeText } from "../../stages/normalize/normalize.js";
import { cleaningPipeline } from "./pipeline.js";

/** One article line of a seed: its 1-based number and how much of it is boilerplate. */
export interface SeedArticleLine {
  line: number;
  /** Characters at the start of the line that are a running header. */
  dropPrefix?: number;
  /** Characters at the end of the line that are boilerplate (a glued photo credit). */
  dropSuffix?: number;
}

/** The expected cleaning outcome of one seed (see `test/fixtures/clean/seeds/expected.json`). */
export interface SeedExpectation {
  file: string;
  /** First 16 hex digits of the file's SHA-256. */
  sha256: string;
  article: SeedArticleLine[];
  metadata: { line: number; kind: "dateline" }[];
  mustNotContain: string[];
  lastArticleLine: number;
}

/** What cleaning did to one seed, against its expectation. */
export interface SeedCheck {
  file: string;
  /** Boilerplate pieces still in the clean text (lines, dropped prefixes/suffixes, banned words, a junk tail). */
  boilerplateLeft: string[];
  /** Article sentences missing from the clean text. */
  sentencesLost: string[];
  /** Other expectations not met (seed changed, publication date not filled). */
  problems: string[];
}

/** The summary over all seeds. */
export interface SeedsResult {
  checks: SeedCheck[];
  boilerplateLeft: number;
  sentencesLost: number;
}

/** The checked-in seed expectations. */
export function readSeedExpectations(path: string): SeedExpectation[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { seeds: SeedExpectation[] }).seeds;
}

/** Split normalised text into sentences at `. ! ? …` followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’)]?)\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const flat = (s: string) => s.replace(/\s+/g, " ").trim();

/** Check one seed's clean text against its expectation. */
export function checkSeed(
  raw: string,
  doc: Doc,
  expected: SeedExpectation,
  manifestDate: string | null,
): SeedCheck {
  const check: SeedCheck = { file: expected.file, boilerplateLeft: [], sentencesLost: [], problems: [] };
  const hash = createHash("sha256").update(raw).digest("hex").slice(0, 16);
  if (hash !== expected.sha256)
    check.problems.push(`seed changed (sha256 ${hash}, expected ${expected.sha256})`);
  const lines = raw.split(/\r?\n/);
  const clean = flat(doc.text);
  const articleNos = new Set(expected.article.map((a) => a.line));
  const metadataNos = new Set(expected.metadata.map((m) => m.line));
  const junk = (piece: string, what: string) => {
    const t = flat(normalizeText(piece));
    if (t.length >= 4 && clean.includes(t)) check.boilerplateLeft.push(`${what}: ${t.slice(0, 60)}`);
  };
  let lastSentence = "";
  for (const a of expected.article) {
    const line = lines[a.line - 1] ?? "";
    const start = a.dropPrefix ?? 0;
    const end = line.length - (a.dropSuffix ?? 0);
    if (start > 0) junk(line.slice(0, start), `line ${a.line} prefix`);
    if (end < line.length) junk(line.slice(end), `line ${a.line} suffix`);
    const sentences = sentencesOf(flat(normalizeText(line.slice(start, end))));
    for (const s of sentences)
      if (!clean.includes(s)) check.sentencesLost.push(`line ${a.line}: ${s.slice(0, 60)}`);
    if (a.line === expected.lastArticleLine) lastSentence = sentences[sentences.length - 1] ?? "";
  }
  lines.forEach((line, i) => {
    const no = i + 1;
    if (!line.trim() || articleNos.has(no)) return;
    junk(line, metadataNos.has(no) ? `metadata line ${no}` : `line ${no}`);
  });
  for (const word of expected.mustNotContain)
    if (doc.text.includes(word)) check.boilerplateLeft.push(`contains "${word}"`);
  const bare = (t: string) => t.replace(/[\s.!?…]+$/u, "");
  if (lastSentence && clean.includes(lastSentence) && !bare(clean).endsWith(bare(lastSentence))) {
    check.boilerplateLeft.push(
      `text does not end with the last sentence of line ${expected.lastArticleLine}`,
    );
  }
  if (
    expected.metadata.some((m) => m.kind === "dateline") &&
    manifestDate &&
    doc.published_at !== manifestDate
  ) {
    check.problems.push(`published_at is ${doc.published_at ?? "null"}, the dateline says ${manifestDate}`);
  }
  return check;
}

/**
 * Clean every seed of `seedsDir` (with `manifest.json`) with the cleaning
 * pipeline and check it against the expectations. Returns null when the
 * seeds folder is absent.
 */
export async function checkSeeds(
  seedsDir: string,
  expectations: readonly SeedExpectation[],
): Promise<SeedsResult | null> {
  if (!existsSync(seedsDir)) return null;
  const manifest = JSON.parse(readFileSync(join(seedsDir, "manifest.json"), "utf8")) as {
    documents: { file: string; published_at?: string }[];
  };
  const pipeline = cleaningPipeline();
  const checks: SeedCheck[] = [];
  for (const expected of expectations) {
    const path = join(seedsDir, expected.file);
    if (!existsSync(path)) {
      checks.push({
        file: expected.file,
        boilerplateLeft: [],
        sentencesLost: [],
        problems: ["seed file missing"],
      });
      continue;
    }
    const raw = readFileSync(path, "utf8");
    const doc = await pipeline.run(createDoc({ id: expected.file, raw, rawKind: "text" }));
    const date = manifest.documents.find((d) => d.file === expected.file)?.published_at ?? null;
    checks.push(checkSeed(raw, doc, expected, date));
  }
  return {
    checks,
    boilerplateLeft: checks.reduce((n, c) => n + c.boilerplateLeft.length, 0),
    sentencesLost: checks.reduce((n, c) => n + c.sentencesLost.length, 0),
  };
}
