// Settings for the production server process, shared by `npm start` and the benchmark so that the
// benchmark measures what users run.

/**
 * V8's heap, bounded so that the server's memory stays within issue 15's 400 MB on the 100,000
 * provider benchmark: young generation semi-spaces of 16 MB (V8's default) and an old generation
 * of at most 256 MB. Without a bound V8 lets the heap grow with the load and keeps it (RSS past
 * 700 MB after a few minutes of page load); the growth is the heap's lazy sizing, not memory kept
 * per request. Measured with `npm run bench:pages -- --only=load,memory` (every page, 1,500 search
 * pages rendered once each, then three 30 s runs of all pages mixed), RSS after the last runs:
 * 471 MB with 32 MB semi-spaces and 320 MB old space (this file's earlier setting), 411-416 MB with
 * 256 MB old space, 345-349 MB with both below, at the same requests a second within the run's
 * noise (pages about 2-5% fewer). The larger semi-spaces had given the search API about 10% more
 * requests a second (`npm run bench:search`), which it does not need (its target is 300 a second; it
 * answers over 1,000). At 1,000,000 providers or with a larger page cache, raise the old generation:
 * NODE_OPTIONS=--max-old-space-size=… (the operator's NODE_OPTIONS come after these, so they win).
 */
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=16 --max-old-space-size=256";

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
