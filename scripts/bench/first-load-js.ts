// The /search page's first-load JavaScript, for `npm run bench:search` (target: under 200 kB gzip),
// measured two ways: as Chromium loads it from the running server, and from the build's own
// manifests (Next.js 16's build output no longer prints a size column).
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

/**
 * Transferred (compressed) bytes of the scripts the page's HTML references, and of every script
 * loaded in the first 3 seconds (the map's Leaflet chunk loads after the page).
 */
export async function firstLoadJsInBrowser(url: string): Promise<{ initialKb: number; totalKb: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const page = await browser.newPage();
  const scripts = new Map<string, number>();
  page.on("requestfinished", async (req) => {
    if (req.resourceType() !== "script") return;
    const sizes = await req.sizes();
    scripts.set(req.url(), sizes.responseBodySize);
  });
  const response = await page.goto(url, { waitUntil: "load" });
  const html = (await response?.text()) ?? "";
  await page.waitForTimeout(3000);
  await browser.close();
  let initial = 0;
  let total = 0;
  for (const [src, bytes] of scripts) {
    total += bytes;
    if (html.includes(new URL(src).pathname)) initial += bytes;
  }
  return { initialKb: Math.round(initial / 102.4) / 10, totalKb: Math.round(total / 102.4) / 10 };
}


/**
 * The same from the build: the framework's root chunks (build-manifest.json) plus the client
 * chunks of the page and of the layouts, error and not-found boundaries it renders in (its client
 * reference manifest), each gzipped at level 9. Null when the manifests are not where Next.js 16
 * writes them (they are internal files, not an API).
 */
export function firstLoadJsFromBuild(distDir: string, page: string): { kb: number; files: number } | null {
  try {
    const serverDir = path.join(distDir, "server", "app", page);
    const build = JSON.parse(readFileSync(path.join(serverDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
    const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
    runInNewContext(readFileSync(`${serverDir}_client-reference-manifest.js`, "utf8"), sandbox);
    const entries = sandbox.__RSC_MANIFEST?.[page]?.entryJSFiles;
    if (!entries) return null;
    const files = new Set(build.rootMainFiles);
    // global-error replaces the whole document only when the root layout fails: not first load.
    for (const [entry, chunks] of Object.entries(entries)) if (!entry.endsWith("/global-error")) chunks.forEach((c) => files.add(c));
    let bytes = 0;
    for (const file of files) bytes += gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
    return { kb: Math.round(bytes / 102.4) / 10, files: files.size };
  } catch {
    return null;
  }
}
