import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { createDoc, type Doc, type Layer } from "../../doc/doc.js";
import { ChanceryError } from "../../errors.js";
import { Pipeline } from "../../pipeline/pipeline.js";
import { DEFAULT_STAGES } from "../../pipeline/registry.js";
import { choice } from "./common.js";

/** The linguistic stages `chancery parse` runs, when shipped. */
const CORE = ["tokenize", "tag", "parse", "ner"];

/**
 * Build a document from pretokenised input: one sentence per line, tokens
 * separated by single spaces. The text is the lines joined by newlines, so
 * offsets stay meaningful.
 */
export function pretokenizedDoc(input: string, id = "stdin"): Doc {
  const doc = createDoc({ id, raw: input, rawKind: "text" });
  const lines = input.split(/\r?\n/).filter((l) => l.trim() !== "");
  let offset = 0;
  const parts: string[] = [];
  lines.forEach((line, s) => {
    const words = line.split(" ").filter((w) => w !== "");
    const start = offset;
    words.forEach((w, i) => {
      if (i > 0) offset += 1;
      doc.tokens.push({ start: offset, end: offset + w.length, text: w, sentence: s });
      offset += w.length;
    });
    const text = words.join(" ");
    doc.sentences.push({ start, end: offset, text });
    parts.push(text);
    offset += 1;
  });
  doc.text = parts.join("\n");
  for (const l of ["metadata", "text", "sentences", "tokens"] as const) doc.layers.add(l);
  return doc;
}

/** Render a parsed document as CoNLL-U (one block per sentence; NER tag in MISC as `NER=B-PER`). */
export function toConllu(doc: Doc): string {
  const out: string[] = [];
  doc.sentences.forEach((s, si) => {
    const toks = doc.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.sentence === si);
    if (toks.length === 0) return;
    const first = toks[0]!.i;
    out.push(`# sent_id = ${si + 1}`, `# text = ${s.text.replace(/\s+/g, " ")}`);
    toks.forEach(({ t, i }, k) => {
      const head = t.head === undefined ? "_" : t.head < 0 ? "0" : String(t.head - first + 1);
      const next = doc.tokens[i + 1];
      const misc: string[] = [];
      if (next && next.sentence === si && next.start === t.end) misc.push("SpaceAfter=No");
      if (t.ner) misc.push(`NER=${t.ner}`);
      misc.push(`TokenRange=${t.start}:${t.end}`);
      out.push(
        [
          k + 1,
          t.text,
          t.lemma ?? "_",
          t.upos ?? "_",
          t.xpos ?? "_",
          "_",
          head,
          t.deprel ?? "_",
          "_",
          misc.join("|"),
        ].join("\t"),
      );
    });
    out.push("");
  });
  return `${out.join("\n")}\n`;
}

/** `chancery parse` — tokens, tags, lemmas, dependencies and NER for raw or pretokenised text. */
export function registerParse(program: Command): void {
  program
    .command("parse")
    .description(
      "Run the linguistic core (tokenizer, sentence splitter, tagger, lemmatizer, parser, NER) and print CoNLL-U or JSON",
    )
    .option("--input <path>", "text file (stdin when omitted)")
    .option(
      "--pretokenized",
      "one sentence per line, tokens separated by single spaces (score with gold tokens)",
    )
    .option("--format <fmt>", "conllu|json (default conllu)")
    .option(
      "--parse-mode <mode>",
      "single|ensemble: one parser (default) or three voting parsers (more accurate, about four times slower)",
    )
    .action(async (f: { input?: string; pretokenized?: boolean; format?: string; parseMode?: string }) => {
      const format = choice("format", f.format, ["conllu", "json"] as const, "conllu");
      const parseMode = choice("parse-mode", f.parseMode, ["single", "ensemble"] as const, "single");
      const input = readFileSync(f.input ?? 0, "utf8");
      if (!input.trim())
        throw new ChanceryError("CH_INPUT_EMPTY", "nothing to parse", { item: f.input ?? "stdin" });
      const stages = DEFAULT_STAGES.filter(
        (s) => CORE.includes(s.name) && !(f.pretokenized && s.name === "tokenize"),
      );
      const initial: Layer[] = f.pretokenized
        ? ["raw", "metadata", "text", "sentences", "tokens"]
        : ["raw", "metadata", "text"];
      const pipeline = new Pipeline(stages, initial);
      let doc: Doc;
      if (f.pretokenized) doc = pretokenizedDoc(input, f.input ?? "stdin");
      else {
        doc = createDoc({ id: f.input ?? "stdin", raw: input, rawKind: "text" });
        doc.text = input;
        doc.layers.add("metadata").add("text");
      }
      await pipeline.run(doc, { parseMode });
      if (format === "json") {
        process.stdout.write(
          `${JSON.stringify({ text: doc.text, sentences: doc.sentences, tokens: doc.tokens, entities: doc.entities })}\n`,
        );
      } else process.stdout.write(toConllu(doc));
    });
}
