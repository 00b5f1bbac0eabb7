import "server-only";
import type pg from "pg";
import { sqlPool } from "@/lib/db";
import { env } from "@/lib/env";
import { loadIndex, loadPoints } from "./index-load";
import type { SearchIndex } from "./memory-index";

// Loads the in-memory search index (lib/search/memory-index.ts) and keeps it in step with the
// database (decision 0003). The database numbers every change to "SearchPoint" (a generation, under
// a random epoch of its own) and logs which providers it touched (migration 20261126160000). Each
// search fetches its page together with the current "<epoch>:<generation>"; when that differs from
// the index's, the search calls syncIndex(), which reloads just the changed providers (or
// everything, when the log no longer reaches back far enough or the database is another one), then
// runs again. So a search never answers from a stale index.

/** Above this many changed providers, reloading everything is simpler than patching. */
const MAX_DELTA = 20_000;

/** After a failed load, searches run on the SQL for this long before the next attempt. */
const RETRY_AFTER_MS = 10_000;

type TState = { index: SearchIndex | null; pending: Promise<SearchIndex> | null; failedAt: number | null };
const globalForIndex = globalThis as unknown as { searchIndexState?: TState };
const state: TState = (globalForIndex.searchIndexState ??= { index: null, pending: null, failedAt: null });

/** "memory" (default) or "off" (every search runs its SQL on the database), from SEARCH_INDEX. */
export function searchIndexEnabled(): boolean {
  return env().SEARCH_INDEX === "memory";
}

/**
 * The index, loading it on first use; null when SEARCH_INDEX=off, or while a failed load waits to be
 * retried (searches then run on the SQL, which reports the database's error if it has one).
 */
export async function searchIndex(): Promise<SearchIndex | null> {
  if (!searchIndexEnabled()) return null;
  if (state.index) return state.index;
  if (state.failedAt !== null && Date.now() - state.failedAt < RETRY_AFTER_MS) return null;
  return syncIndex().catch((e: unknown) => {
    state.failedAt = Date.now();
    console.error(`Search index: not loaded (${e instanceof Error ? e.message : String(e)}); searching on the database meanwhile.`);
    return null;
  });
}

/** Brings the index up to the database's current generation; concurrent callers share one sync. */
export function syncIndex(): Promise<SearchIndex> {
  if (state.pending) return state.pending;
  const pending = sync().finally(() => {
    if (state.pending === pending) state.pending = null;
  });
  state.pending = pending;
  return pending;
}

async function sync(): Promise<SearchIndex> {
  const client = await sqlPool().connect();
  let failed = false;
  try {
    // One snapshot for the generation, the change log and the rows.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    return await syncWith(client);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    if (!failed) await client.query("COMMIT").catch(() => (failed = true));
    // A connection that failed mid-transaction is closed, not returned to the pool.
    client.release(failed);
  }
}

async function syncWith(client: pg.PoolClient): Promise<SearchIndex> {
  const head = (
    await client.query<{ epoch: string; generation: string; keptFrom: string }>(
      `SELECT "epoch", "generation"::text AS generation, "keptFrom"::text AS "keptFrom" FROM "x_search_generation" WHERE "id" = 1`,
    )
  ).rows[0];
  if (!head) throw new Error('the search generation row is missing: run the migrations ("npm run db:migrate")');
  const current = state.index;
  if (current && current.epoch === head.epoch && current.generation === head.generation) return current;
  // Patch the changed providers when the log reaches back to the index's generation (same
  // database, generation moved forward, nothing pruned in between); otherwise reload everything.
  const behind = current && current.epoch === head.epoch && BigInt(current.generation) < BigInt(head.generation);
  if (current && behind && BigInt(current.generation) + 1n >= BigInt(head.keptFrom)) {
    const changed = (
      await client.query<{ providerId: number | null }>(
        `SELECT DISTINCT "providerId" FROM "x_search_change" WHERE "generation" > $1::bigint`,
        [current.generation],
      )
    ).rows;
    if (changed.length <= MAX_DELTA && changed.every((c) => c.providerId !== null)) {
      const ids = changed.map((c) => c.providerId!);
      const rows = await loadPoints(client, ids);
      current.remove(ids);
      current.add(rows);
      current.generation = head.generation;
      return current;
    }
  }
  const next = await loadIndex(client);
  next.epoch = head.epoch;
  next.generation = head.generation;
  state.index = next;
  state.failedAt = null;
  return next;
}
