// Decides whether `npm start` must rebuild: a hash of everything that goes into the build.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "public", "instrumentation.ts", "prisma/schema.prisma", "next.config.js", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);
const DIST = process.env.NEXT_DIST_DIR || ".next";
const STAMP = path.join(DIST, "neckcare-build-stamp");

/** @param {string} p @param {string[]} out */
function walk(p, out) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
  } else out.push(p);
}

export function buildHash() {
  const files = [];
  for (const input of INPUTS) walk(input, files);
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update("\0").update(readFileSync(f)).update("\0");
  // NEXT_PUBLIC_* values are inlined into the client bundle at build time.
  for (const [k, v] of Object.entries(process.env).sort()) if (k.startsWith("NEXT_PUBLIC_")) hash.update(`${k}=${v}\n`);
  return hash.digest("hex");
}

export function buildIsCurrent() {
  return existsSync(path.join(DIST, "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === buildHash();
}

export function writeBuildStamp() {
  writeFileSync(STAMP, buildHash());
}
