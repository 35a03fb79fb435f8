#!/usr/bin/env node
// Builds the web app (web/) into dist/web/: one ES module bundle (app.js) with every library and the
// world topology inside, one stylesheet (app.css), and index.html. Nothing is loaded from the network
// at run time. Usage: node scripts/build-web.mjs [--watch] [--dev]
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "web");
const watch = process.argv.includes("--watch");
const dev = process.argv.includes("--dev") || watch;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
copyFileSync(join(root, "web", "index.html"), join(out, "index.html"));

/** @type {import("esbuild").BuildOptions} */
const options = {
  // Two entry points named `app`: app.js and app.css.
  entryPoints: [
    { in: join(root, "web", "src", "main.ts"), out: "app" },
    { in: join(root, "web", "styles", "app.css"), out: "app" },
  ],
  outdir: out,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022", "chrome110", "firefox110", "safari16"],
  minify: !dev,
  sourcemap: dev ? "inline" : "linked",
  legalComments: "linked",
  charset: "utf8",
  loader: { ".json": "json" },
  logLevel: "warning",
  metafile: true,
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  process.stdout.write(`build-web: watching web/ → ${out}\n`);
} else {
  const result = await esbuild.build(options);
  const bytes = Object.entries(result.metafile.outputs)
    .filter(([file]) => !file.endsWith(".map"))
    .map(([file, o]) => `${file.split("/").pop()} ${(o.bytes / 1024).toFixed(0)} KiB`);
  process.stdout.write(`build-web: ${bytes.join(", ")} → ${out}\n`);
}
