/**
 * `chancery serve` end to end: the command (as registered by `registerServe`)
 * in its own process, on loopback by default, with ingest enabled by
 * CHANCERY_TOKEN, stopping cleanly on SIGTERM.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, describe, it } from "node:test";
import { packageRoot } from "../../src/util/paths.js";
import { postJson, request } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-serve-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Run `serve` with `args` in a child process; resolves with the address it prints. */
function serve(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const module = pathToFileURL(join(packageRoot(), "dist", "src", "cli", "commands", "serve.js")).href;
  const script = `import { Command } from "commander";
    import { registerServe } from ${JSON.stringify(module)};
    const program = new Command();
    registerServe(program);
    await program.parseAsync(process.argv.slice(1), { from: "user" });`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script, "--", "serve", ...args], {
    cwd: packageRoot(),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /chancery serve: (http:\/\/[^\s/]+)\/api/.exec(stderr);
      if (match?.[1]) resolve({ child, base: match[1] });
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe("chancery serve", () => {
  it("binds 127.0.0.1 by default, serves the API, enables ingest with CHANCERY_TOKEN and stops on SIGTERM", async () => {
    const db = join(dir, "served.db");
    const { child, base } = await serve(
      ["--db", db, "--port", "0", "--no-log", "--stages", "markup,normalize,tokenize"],
      {
        CHANCERY_TOKEN: "tok-123",
      },
    );
    try {
      assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await request<{ status: string }>(base, "/api/health");
      assert.deepEqual([health.status, health.body.status], [200, "ok"]);
      const ingest = await postJson<{ inserted: number }>(
        base,
        "/api/ingest",
        { id: "s1", text: "Officials met in Vienna on Tuesday." },
        { authorization: "Bearer tok-123" },
      );
      assert.equal(ingest.status, 200, ingest.text);
      assert.equal(ingest.body.inserted, 1);
      const listed = await request<{ data: Array<{ doc_id: string }> }>(base, "/api/articles");
      assert.deepEqual(
        listed.body.data.map((a) => a.doc_id),
        ["s1"],
      );
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      assert.equal(await exited, 0);
    }
  });
});
