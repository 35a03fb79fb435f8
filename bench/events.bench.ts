/**
 * `npm run bench` (event-coding part) — throughput of the pipeline up to the
 * parse (tokenize, tag, parse) and of the `events` stage, timed separately,
 * with the `link`, `time` and `place` stages the coder calls into, over the
 * sample corpus (examples/corpus) repeated to about N sentences, one core.
 *
 * Every document is run through the whole default pipeline, fresh each
 * pass; stage times come from the pipeline's own per-stage timings
 * (`doc.timings`). A first pass over the corpus warms up models and
 * dictionaries and compiles every stage's code (about 400 sentences, one pass
 * over the corpus) and is not counted. The issue's target: event coding adds at
 * most 20 % to tag+parse time.
 *
 * Usage: node dist/bench/events.bench.js [--sentences N (default 6000)] [--json]
 */
import { join } from "node:path";
import { createDoc, type Doc } from "../src/doc/doc.js";
import { readSources, type InputRecord } from "../src/ingest/index.js";
import { buildPipeline } from "../src/pipeline/registry.js";
import { packageRoot } from "../src/util/paths.js";

const args = process.argv.slice(2);
const target = args.includes("--sentences") ? Number(args[args.indexOf("--sentences") + 1]) : 6000;
const asJson = args.includes("--json");

const records: InputRecord[] = [];
for await (const item of readSources([join(packageRoot(), "examples", "corpus")])) {
  if (item.kind === "record") records.push(item.record);
}

function docOf(r: InputRecord): Doc {
  return createDoc({
    id: r.id,
    raw: r.html ?? r.text ?? "",
    rawKind: r.html !== undefined ? "html" : "text",
    published_at: r.published_at ?? null,
  });
}

const pipeline = buildPipeline();
const STAGES = ["tokenize", "tag", "parse", "ner", "link", "time", "place", "events"] as const;

async function pass(
  limit: number,
): Promise<{ sentences: number; events: number; ms: Record<string, number> }> {
  const ms: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]));
  let sentences = 0;
  let events = 0;
  while (sentences < limit) {
    let progressed = false;
    for (const r of records) {
      const doc = docOf(r);
      try {
        await pipeline.run(doc);
      } catch {
        continue; // a record the pipeline rejects is not part of the benchmark
      }
      if (doc.language !== null && doc.language !== "en") continue;
      progressed = progressed || doc.sentences.length > 0;
      sentences += doc.sentences.length;
      events += doc.events.length;
      for (const s of STAGES) ms[s] = (ms[s] ?? 0) + (doc.timings[s] ?? 0);
      if (sentences >= limit) break;
    }
    if (!progressed) break;
  }
  return { sentences, events, ms };
}

// Warm-up over the whole corpus once: models, knowledge base, gazetteer, pattern dictionary, and
// every stage's code compiled before anything is timed.
await pass(400);
const run = await pass(target);
const ms = run.ms;
const perSecond = (t: number) => Math.round(run.sentences / (t / 1000));
const upToParse = (ms["tokenize"] ?? 0) + (ms["tag"] ?? 0) + (ms["parse"] ?? 0);
const tagParse = (ms["tag"] ?? 0) + (ms["parse"] ?? 0);
const events = ms["events"] ?? 0;
const withCallees = events + (ms["link"] ?? 0) + (ms["time"] ?? 0) + (ms["place"] ?? 0);
const report = {
  documents: records.length,
  sentences: run.sentences,
  events: run.events,
  sentencesPerSecond: {
    upToParse: perSecond(upToParse),
    tagParse: perSecond(tagParse),
    link: perSecond(ms["link"] ?? 0),
    time: perSecond(ms["time"] ?? 0),
    place: perSecond(ms["place"] ?? 0),
    events: perSecond(events),
  },
  msPerSentence: Object.fromEntries(STAGES.map((s) => [s, +((ms[s] ?? 0) / run.sentences).toFixed(3)])),
  /** Events stage time as a share of tag+parse time (target ≤ 0.20). */
  eventsShareOfTagParse: +(events / tagParse).toFixed(3),
  /** Events + link + time + place as a share of tag+parse time. */
  eventsWithCalleesShareOfTagParse: +(withCallees / tagParse).toFixed(3),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};

if (asJson) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  const s = report.sentencesPerSecond;
  process.stdout.write(
    [
      `events bench: ${report.sentences} sentences (${report.documents} corpus documents, repeated), ${report.events} events coded`,
      `up to parse (tokenize+tag+parse): ${s.upToParse} sentences/s; tag+parse ${s.tagParse} sentences/s`,
      `link ${s.link}, time ${s.time}, place ${s.place} sentences/s`,
      `events stage: ${s.events} sentences/s = ${(report.eventsShareOfTagParse * 100).toFixed(1)} % of tag+parse time (target ≤ 20 %)`,
      `events + link + time + place: ${(report.eventsWithCalleesShareOfTagParse * 100).toFixed(1)} % of tag+parse time`,
      `ms/sentence: ${STAGES.map((st) => `${st} ${report.msPerSentence[st]}`).join(", ")}`,
      `peak RSS ${report.peakRssMb} MB`,
    ].join("\n") + "\n",
  );
}
