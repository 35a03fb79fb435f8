import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../../src/util/paths.js";

/** Path of the built CLI entry point. */
export const CLI = join(packageRoot(), "dist", "src", "cli", "main.js");

/** Run the CLI to completion and capture its output. */
export function runCli(
  args: string[],
  options: { input?: string; cwd?: string } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    cwd: options.cwd ?? packageRoot(),
    input: options.input ?? "",
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Start the CLI without waiting for it. */
export function startCli(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { cwd: packageRoot(), stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh temporary folder. */
export function tempDir(prefix = "chancery-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
