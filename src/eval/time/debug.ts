#!/usr/bin/env node
/**
 * Time evaluation on TBAQ with every error printed (for working on the
 * recognisers): `node dist/src/eval/time/debug.js [max errors]`.
 */
import { join } from "node:path";
import { sharedDir } from "../../util/paths.js";
import { evaluateTimeMl, prf } from "./tbaq.js";
import { readTimeMlDirs } from "./timeml.js";

const shared = sharedDir();
if (!shared) {
  process.stdout.write("../shared is absent: nothing to evaluate\n");
} else {
  const root = join(shared, "eval", "tempeval3", "TBAQ-cleaned");
  const docs = readTimeMlDirs([join(root, "TimeBank"), join(root, "AQUAINT")]);
  const s = await evaluateTimeMl(docs);
  for (const e of s.errors.slice(0, Number(process.argv[2] ?? 400)))
    process.stdout.write(`${e.doc}\t${e.gold}\t${e.predicted}\n`);
  const strict = prf(s.strictMatched, s.predicted, s.gold);
  const relaxed = prf(s.relaxedMatched, s.predicted, s.gold);
  process.stdout.write(
    `gold ${s.gold} predicted ${s.predicted} strict F1 ${strict.f1.toFixed(3)} relaxed P ${relaxed.p.toFixed(3)} R ${relaxed.r.toFixed(3)} F1 ${relaxed.f1.toFixed(3)} value ${(s.valueCorrect / s.relaxedMatched).toFixed(3)} type ${(s.typeCorrect / s.relaxedMatched).toFixed(3)}\n`,
  );
}
