#!/usr/bin/env node
/**
 * `npm run eval` — the quality gate. Runs every evaluation section, prints
 * the figures, and exits 1 when a metric falls below its pinned floor (or
 * rises above its ceiling) in `eval/floors.json`. `--raise-floors` lifts
 * floors to the measured values (never lowers them). `--only a,b` runs some
 * sections.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, sharedDir } from "../util/paths.js";
import { EVAL_SECTIONS } from "./sections.js";

interface Floors {
  /** Higher is better: fail when measured < floor. */
  floors: Record<string, number>;
  /** Lower is better: fail when measured > ceiling. */
  ceilings: Record<string, number>;
}

const args = process.argv.slice(2);
const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "").split(",") : null;
const raise = args.includes("--raise-floors");
const floorsPath = join(packageRoot(), "eval", "floors.json");
const pinned = JSON.parse(readFileSync(floorsPath, "utf8")) as Floors;
const shared = sharedDir();
const measured: Record<string, number> = {};
const failures: string[] = [];
let ran = 0;

for (const section of EVAL_SECTIONS) {
  if (only && !only.includes(section.name)) continue;
  process.stdout.write(`\n== ${section.name}: ${section.description}\n`);
  if (section.needsShared && !shared) {
    process.stdout.write(
      `   skipped: ../shared is absent (set CHANCERY_SHARED to its path to run this section)\n`,
    );
    continue;
  }
  const t0 = performance.now();
  const result = await section.run(shared);
  ran++;
  for (const line of result.lines) process.stdout.write(`   ${line}\n`);
  for (const [name, value] of Object.entries(result.metrics)) {
    measured[name] = value;
    const floor = pinned.floors[name];
    const ceiling = pinned.ceilings[name];
    let verdict = "";
    if (floor !== undefined) verdict = value + 1e-9 >= floor ? `≥ floor ${floor}` : `BELOW FLOOR ${floor}`;
    if (ceiling !== undefined)
      verdict = value <= ceiling + 1e-9 ? `≤ ceiling ${ceiling}` : `ABOVE CEILING ${ceiling}`;
    if (verdict.startsWith("BELOW") || verdict.startsWith("ABOVE"))
      failures.push(`${name} = ${fmt(value)} (${verdict})`);
    process.stdout.write(`   ${name.padEnd(44)} ${fmt(value).padStart(10)}  ${verdict}\n`);
  }
  process.stdout.write(`   (${((performance.now() - t0) / 1000).toFixed(1)}s)\n`);
}

for (const name of Object.keys({ ...pinned.floors, ...pinned.ceilings })) {
  const section = name.split(".")[0];
  const sectionRan = EVAL_SECTIONS.some(
    (s) => s.name === section && (!only || only.includes(s.name)) && (!s.needsShared || shared),
  );
  if (sectionRan && !(name in measured)) failures.push(`${name} is pinned but was not measured`);
}

if (raise) {
  for (const [name, value] of Object.entries(measured)) {
    if (name in pinned.floors && value > (pinned.floors[name] ?? 0))
      pinned.floors[name] = Math.floor(value * 1000) / 1000;
    if (name in pinned.ceilings && value < (pinned.ceilings[name] ?? 0)) pinned.ceilings[name] = value;
  }
  writeFileSync(floorsPath, `${JSON.stringify(pinned, null, 2)}\n`);
  process.stdout.write(`\nfloors raised where measured values exceed them: ${floorsPath}\n`);
}

process.stdout.write(`\n${ran} sections ran.\n`);
if (failures.length > 0) {
  process.stdout.write(`eval gate FAILED:\n${failures.map((f) => `  - ${f}`).join("\n")}\n`);
  process.exit(1);
}
process.stdout.write("eval gate passed.\n");

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}
