/**
 * (Re)generate the expected output of cleaning fixtures.
 *
 *   npm run build && node dist/scripts/gen-clean-fixture.js test/fixtures/clean/<case> [...]
 *   node dist/scripts/gen-clean-fixture.js --all
 *
 * A case is a folder with `input.html` or `input.txt`; the script runs the
 * cleaning stages (markup → normalize → clean → language) and writes what
 * each produced to `expected.json` beside it. Review the diff before
 * committing: the file is the golden answer the tests hold the code to.
 */
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureInput, snapshotCleaning } from "../src/clean/eval/fixture.js";
import { packageRoot } from "../src/util/paths.js";

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write("usage: gen-clean-fixture <case folder>... | --all\n");
  process.exit(2);
}
const root = join(packageRoot(), "test", "fixtures", "clean");
const dirs = args.includes("--all")
  ? readdirSync(root)
      .map((d) => join(root, d))
      .filter((d) => statSync(d).isDirectory() && fixtureInput(d) !== null)
  : args;
for (const dir of dirs) {
  const snapshot = await snapshotCleaning(dir);
  writeFileSync(join(dir, "expected.json"), `${JSON.stringify(snapshot, null, 2)}\n`);
  const last = snapshot.stages["clean"] as { text?: string } | undefined;
  process.stdout.write(
    `${dir}: ${snapshot.error ? `error ${snapshot.error}` : `${last?.text?.length ?? 0} characters of clean text`}\n`,
  );
}
