import { join } from "node:path";
import { type BenchmarkPage, readBenchmark } from "../clean/eval/benchmark.js";
import { cleaningPipeline } from "../clean/eval/pipeline.js";
import { loadReadabilityBaseline } from "../clean/eval/readability.js";
import { checkSeeds, readSeedExpectations } from "../clean/eval/seeds.js";
import { matchPage, type PageMatch, scorePages } from "../clean/eval/shingles.js";
import { createDoc } from "../doc/doc.js";
import { packageRoot } from "../util/paths.js";
import type { EvalSection } from "./section.js";

/** Pages run untimed before each extractor is measured, so neither is timed cold. */
const WARM_UP_PAGES = 3;

/** Our cleaning stages over every benchmark page: the clean text, time and errors. */
async function runOurs(pages: readonly BenchmarkPage[]) {
  const pipeline = cleaningPipeline();
  const run = async (p: BenchmarkPage) =>
    pipeline.run(createDoc({ id: p.id, raw: p.html, rawKind: "html", url: p.url || null }));
  for (const p of pages.slice(0, WARM_UP_PAGES)) await run(p).catch(() => undefined);
  const texts: string[] = [];
  const errors: string[] = [];
  let ms = 0;
  for (const p of pages) {
    const t0 = performance.now();
    try {
      texts.push((await run(p)).text);
    } catch (err) {
      texts.push("");
      errors.push(`${p.id.slice(0, 12)}: ${err instanceof Error ? err.message : String(err)}`);
    }
    ms += performance.now() - t0;
  }
  return { texts, errors, ms };
}

/** Readability.js over every page, the standard way. */
async function runReadability(pages: readonly BenchmarkPage[]) {
  const baseline = await loadReadabilityBaseline();
  for (const p of pages.slice(0, WARM_UP_PAGES)) baseline(p.html, p.url);
  const texts: string[] = [];
  const errors: string[] = [];
  let ms = 0;
  for (const p of pages) {
    const r = baseline(p.html, p.url);
    texts.push(r.text);
    if (r.error) errors.push(`${p.id.slice(0, 12)}: ${r.error}`);
    ms += r.ms;
  }
  return { texts, errors, ms };
}

const f3 = (x: number) => x.toFixed(3);

/**
 * The cleaning section of `npm run eval`: on the development pages of the
 * article-extraction benchmark, our F1 (markup → normalize → clean →
 * language) and Mozilla Readability.js's F1 (jsdom, the standard way),
 * measured side by side in one run, with pages per second for both (one
 * core, pages one after another); and on the seed texts, the boilerplate left
 * and the article sentences lost against `test/fixtures/clean/seeds`.
 */
export const cleaningSection: EvalSection = {
  name: "cleaning",
  description:
    "article extraction vs Readability.js on ../shared/eval/article-extraction; seed boilerplate and sentences",
  needsShared: true,
  async run(shared) {
    const root = shared ?? join(packageRoot(), "..", "shared");
    const pages = readBenchmark(join(root, "eval", "article-extraction"));
    const ours = await runOurs(pages);
    const theirs = await runReadability(pages);
    const ourMatches: PageMatch[] = pages.map((p, i) => matchPage(p.truth, ours.texts[i] ?? ""));
    const theirMatches: PageMatch[] = pages.map((p, i) => matchPage(p.truth, theirs.texts[i] ?? ""));
    const us = scorePages(ourMatches);
    const them = scorePages(theirMatches);
    const ok = pages.map((_, i) => !theirs.errors.some((e) => e.startsWith(pages[i]?.id.slice(0, 12) ?? "")));
    const themOk = scorePages(theirMatches.filter((_, i) => ok[i]));
    const pps = ours.ms > 0 ? (pages.length * 1000) / ours.ms : 0;
    const rpps = theirs.ms > 0 ? (pages.length * 1000) / theirs.ms : 0;

    const expectations = readSeedExpectations(
      join(packageRoot(), "test", "fixtures", "clean", "seeds", "expected.json"),
    );
    const seeds = await checkSeeds(join(root, "seeds"), expectations);
    const lines = [
      `${pages.length} pages: ours F1 ${f3(us.f1)} (P ${f3(us.precision)}, R ${f3(us.recall)}), ${pps.toFixed(1)} pages/s; ` +
        `Readability.js F1 ${f3(them.f1)} (P ${f3(them.precision)}, R ${f3(them.recall)}), ${rpps.toFixed(1)} pages/s`,
      `Readability.js failed on ${theirs.errors.length} page(s)${theirs.errors.length ? ` (${theirs.errors.join("; ").slice(0, 200)}); F1 on the pages it handled: ${f3(themOk.f1)}` : ""}`,
      `our crashes: ${ours.errors.length}${ours.errors.length ? ` (${ours.errors.join("; ").slice(0, 300)})` : ""}`,
    ];
    if (seeds) {
      for (const c of seeds.checks) {
        const issues = [
          ...c.boilerplateLeft.map((b) => `left ${b}`),
          ...c.sentencesLost.map((s) => `lost ${s}`),
          ...c.problems,
        ];
        lines.push(`seed ${c.file}: ${issues.length === 0 ? "clean, nothing lost" : issues.join("; ")}`);
      }
    } else lines.push("seeds: ../shared/seeds is absent");
    return {
      metrics: {
        "cleaning.f1": us.f1,
        "cleaning.precision": us.precision,
        "cleaning.recall": us.recall,
        "cleaning.readability_f1": them.f1,
        "cleaning.f1_minus_readability": us.f1 - them.f1,
        "cleaning.pages_per_s": pps,
        "cleaning.readability_pages_per_s": rpps,
        "cleaning.speed_ratio": rpps > 0 ? pps / rpps : 0,
        "cleaning.crashes": ours.errors.length,
        "cleaning.readability_crashes": theirs.errors.length,
        "cleaning.seeds_boilerplate_left": seeds
          ? seeds.boilerplateLeft + seeds.checks.reduce((n, c) => n + c.problems.length, 0)
          : 0,
        "cleaning.seeds_sentences_lost": seeds ? seeds.sentencesLost : 0,
      },
      lines,
    };
  },
};
