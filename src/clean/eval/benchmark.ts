import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { sniffHtmlCharset } from "../../ingest/charset.js";
import { decodeDocument } from "../../ingest/decode.js";

/** One page of the article-extraction benchmark. */
export interface BenchmarkPage {
  id: string;
  url: string;
  /** The page, decoded (declared charset, else UTF-8 with a windows-1252 fallback). */
  html: string;
  /** The human-marked article body. */
  truth: string;
}

/**
 * Read the benchmark pages under `dir` (`ground-truth.json` + `html/<id>.html.gz`),
 * sorted by id. Pages are decoded the way Chancery decodes any HTML input.
 */
export function readBenchmark(dir: string): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const files = new Set(readdirSync(join(dir, "html")));
  const pages: BenchmarkPage[] = [];
  for (const id of Object.keys(truth).sort()) {
    const file = `${id}.html.gz`;
    if (!files.has(file)) continue;
    const bytes = gunzipSync(readFileSync(join(dir, "html", file)));
    const decoded = decodeDocument(bytes, {
      item: file,
      encoding: "auto",
      declared: sniffHtmlCharset(bytes),
    });
    const entry = truth[id] ?? {};
    pages.push({ id, url: entry.url ?? "", html: decoded.text, truth: entry.articleBody ?? "" });
  }
  return pages;
}
