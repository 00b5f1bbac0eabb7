import type pg from "pg";
import { SearchIndex, type TPointRow } from "./memory-index";

// Reading SearchPoint rows into the in-memory index (decision 0003). No state here: the app keeps
// its index in lib/search/index-sync.ts; the benchmark loads its own to report the index's figures.

const LOAD_CHUNK = 50_000;

const POINT_SQL = `
  SELECT s."locationId", s."providerId", cube_ll_coord(s.earth, 1), cube_ll_coord(s.earth, 2), cube_ll_coord(s.earth, 3),
    l.latitude, l.longitude, s."locCombo", s.facts, s.years, s.volume, s.rating, s.reviews, s."medicarePatients", s.score,
    s."nameWords"
  FROM "SearchPoint" s JOIN "Location" l ON l.id = s."locationId"`;

type TRow = [number, number, number, number, number, number, number, number, string[] | null, number | null, number | null, number | null, number, number | null, number | null, string[] | null];
type TQueryable = Pick<pg.ClientBase, "query">;

function* toPoints(rows: TRow[]): Generator<TPointRow> {
  for (const r of rows) {
    yield {
      locationId: r[0], providerId: r[1], x: r[2], y: r[3], z: r[4], lat: r[5], lng: r[6], locCombo: r[7],
      facts: r[8] ?? [], years: r[9], volume: r[10], rating: r[11], reviews: r[12], medicare: r[13], score: r[14], nameWords: r[15] ?? [],
    };
  }
}

/** The current rows of these providers (none for a provider that left search). */
export async function loadPoints(client: TQueryable, providerIds: number[]): Promise<TPointRow[]> {
  if (!providerIds.length) return [];
  const { rows } = await client.query<TRow>({ text: `${POINT_SQL} WHERE s."providerId" = ANY($1::int[])`, values: [providerIds], rowMode: "array" });
  return [...toPoints(rows)];
}

/**
 * Every row, in chunks (at 1,000,000 providers one result set would need gigabytes). Run it in a
 * repeatable-read transaction for a consistent copy.
 */
export async function loadIndex(client: TQueryable): Promise<SearchIndex> {
  const index = new SearchIndex();
  for (let after = -1; ; ) {
    const { rows } = await client.query<TRow>({
      text: `${POINT_SQL} WHERE s."locationId" > $1 ORDER BY s."locationId" LIMIT ${LOAD_CHUNK}`,
      values: [after],
      rowMode: "array",
    });
    index.add(toPoints(rows), { compact: false });
    if (rows.length < LOAD_CHUNK) break;
    after = rows.at(-1)![0];
  }
  index.compact();
  return index;
}
