/**
 * Worker for the concurrent-writers test: opens the store at
 * `workerData.path` and stores the corpus (shared by every worker) plus
 * `workerData.own` documents of its own, then posts the put statuses.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openStore } from "../../src/store/open.js";
import { ceasefireSpec, corpus } from "./corpus.js";
import { buildDoc, hashOf } from "./fixtures.js";

/** What the parent passes to each worker. */
export interface WriterData {
  path: string;
  name: string;
  own: number;
}

const data = workerData as WriterData;
const store = await openStore(data.path);
const statuses: string[] = [];
try {
  const own = Array.from({ length: data.own }, (_, i) =>
    buildDoc({
      ...ceasefireSpec(),
      id: `${data.name}-${i}`,
      sentences: [`Envoy ${data.name} number ${i} arrived in Geneva.`],
      times: [],
      events: [],
    }),
  );
  const shared = corpus();
  for (let i = 0; i < own.length; i++) {
    const mine = own[i];
    if (mine) statuses.push((await store.putArticle(mine, hashOf(mine))).status);
    const common = shared[i % shared.length];
    if (common) statuses.push((await store.putArticle(common, hashOf(common))).status);
  }
} finally {
  await store.close();
}
parentPort?.postMessage(statuses);
