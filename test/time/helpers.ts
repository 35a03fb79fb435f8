import { createDoc, type Doc } from "../../src/doc/doc.js";
import { buildPipeline } from "../../src/pipeline/registry.js";

/** The stages up to time and place, run on plain English text. */
export const STAGES = [
  "markup",
  "normalize",
  "clean",
  "language",
  "tokenize",
  "tag",
  "parse",
  "ner",
  "time",
  "place",
];

/** Run the real pipeline (up to time/place) over a text with a publication date. */
export async function annotate(
  text: string,
  published: string | null,
  extra: { url?: string } = {},
): Promise<Doc> {
  const doc = createDoc({
    id: "t",
    raw: text,
    rawKind: "text",
    published_at: published,
    language: "en",
    url: extra.url ?? null,
  });
  return buildPipeline(STAGES).run(doc);
}

/** The value of the expression with this exact surface text, or a note that it is missing. */
export function valueOf(doc: Doc, text: string): string {
  return (
    doc.times.find((t) => t.text === text)?.value ??
    `(no "${text}" among ${doc.times.map((t) => t.text).join(" | ")})`
  );
}
