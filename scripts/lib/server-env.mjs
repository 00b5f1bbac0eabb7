// Settings for the production server process, shared by `npm start` and the benchmark so that the
// benchmark measures what users run.

/**
 * A larger V8 young generation (32 MB semi-spaces instead of 16): the search API allocates many
 * short-lived objects a request, and fewer scavenges mean fewer pauses. Measured with
 * `npm run bench:search`: about 10% more requests a second and a lower p95.
 * A bounded old generation (320 MB): without a bound V8 lets the heap grow with the load and keeps
 * it (issue 15: RSS past 700 MB after a few minutes of page load and still growing; capped at 256 MB,
 * the same load ran without an out-of-memory error and RSS levelled at 370-390 MB, so the growth
 * was the heap's lazy sizing rather than memory kept per request; `npm run bench:pages`; no heap
 * snapshot taken). At 1,000,000 providers or with
 * a larger page cache, raise it: NODE_OPTIONS=--max-old-space-size=… (the operator's NODE_OPTIONS
 * come after these, so they win).
 */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=32 --max-old-space-size=320";

/**
 * MALLOC_ARENA_MAX=2: glibc's malloc otherwise keeps up to 8 arenas a core for the threads
 * (libuv's pool, V8's helpers), and memory freed in one stays mapped there. Measured with
 * `npm run bench:pages -- --only=memory` (three 30 s runs of all pages mixed): RSS after the runs
 * 434 / 421 / 423 MB without it, 397 / 393 / 392 MB with it, at the same requests a second.
 * An operator's own MALLOC_ARENA_MAX wins.
 * @param {NodeJS.ProcessEnv} env
 */
export function withServerNodeOptions(env) {
  return {
    MALLOC_ARENA_MAX: "2",
    ...env,
    NODE_OPTIONS: [SERVER_NODE_OPTIONS, env.NODE_OPTIONS].filter(Boolean).join(" "),
  };
}
