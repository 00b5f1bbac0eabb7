import "server-only";
import pg from "pg";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";

// One client per process, created on first use (so importing this module, as `next build` does,
// needs no database). In development Next.js reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; sqlPool?: pg.Pool };

function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which sets it.");
  return url;
}

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.prisma;
}

/**
 * Runs one parameterised statement built with Prisma.sql straight on `pg`. Only for the search's
 * hot path (lib/data/search.ts): measured, Prisma's $queryRaw spent about 4.5 ms of CPU a call on
 * that statement (80 parameters, a JSON page) against 1.1 ms for pg (decision 0002).
 */
export async function queryRaw<T extends pg.QueryResultRow>(sql: Prisma.Sql, opts: { prepareAs?: string } = {}): Promise<T[]> {
  // A named statement is parsed and planned once per connection: only for SQL whose text never
  // changes (its values may).
  return (await sqlPool().query<T>({ text: sql.text, values: sql.values, name: opts.prepareAs })).rows;
}

/** The `pg` pool behind queryRaw, for the search index's loads (lib/search/index-sync.ts). */
export function sqlPool(): pg.Pool {
  if (!globalForPrisma.sqlPool) {
    globalForPrisma.sqlPool = new pg.Pool({ connectionString: databaseUrl(), max: 10, connectionTimeoutMillis: 5000 });
    // An idle connection dropped by the server must not crash the process; the pool reconnects.
    globalForPrisma.sqlPool.on("error", (e) => console.error("database pool:", e.message));
  }
  return globalForPrisma.sqlPool;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(c) : value;
  },
});
