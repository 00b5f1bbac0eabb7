// Writes imported listings in batches, each batch one transaction (two set-based statements on
// unnest() arrays, as scripts/bench/load-providers.ts does, and the search read model's rebuild), so
// an interrupted import leaves every batch either fully written or not at all.
//
// Ownership rule: the import owns a listing only while it is an unclaimed NPPES import. A claimed
// listing, or one a provider submitted or the demo seed created, is never overwritten (its NPI is
// merely counted as "kept"). Re-importing the same file changes nothing: every update is guarded by
// IS DISTINCT FROM, so unchanged rows are not rewritten and their updatedAt stays put.
//
// Search: the derived columns on "Provider" need no refresh (imported listings have no
// certifications, reviews or recommendations, so the defaults, empty and zero, are their true
// values), but the search read model (SearchPoint) is rebuilt in the same transaction for every
// listing whose status or location a batch changed, as lib/search-columns.ts requires.
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rebuildSearchPoints } from "@/lib/search-columns";
import type { TImportRecord } from "./classify-row";

export type TBatchResult = {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Claimed, submitted or demo listings with these NPIs, left as they are. */
  kept: number;
  /** Records the database refused (reported as malformed), with its message. */
  refused: { record: TImportRecord; message: string }[];
};

export type TDeactivationResult = {
  /** Unclaimed imported listings set to DRAFT. */
  unpublished: string[];
  /** Claimed or submitted listings set to SUSPENDED for a moderator to look at. */
  suspended: string[];
};

const UPSERT_PROVIDERS = `
INSERT INTO "Provider" AS p ("npi", "firstName", "middleName", "lastName", "suffix", "credential", "gender",
  "taxonomyCodes", "registeredSpecialty", "status", "source", "claimed", "lastConfirmedAt", "publishedAt", "updatedAt")
SELECT t.npi, t.first, t.middle, t.last, t.suffix, t.credential, t.gender::"Gender", string_to_array(t.codes, ','),
  t.specialty, $10::"ProviderStatus", 'NPPES_IMPORT', false, t.confirmed::timestamp(3),
  CASE WHEN $10::"ProviderStatus" = 'PUBLISHED' THEN now() END, now()
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $11::text[])
  AS t(npi, first, middle, last, suffix, credential, codes, specialty, confirmed, gender)
ON CONFLICT ("npi") DO UPDATE SET
  "firstName" = EXCLUDED."firstName", "middleName" = EXCLUDED."middleName", "lastName" = EXCLUDED."lastName",
  "suffix" = EXCLUDED."suffix", "credential" = EXCLUDED."credential", "gender" = EXCLUDED."gender",
  "taxonomyCodes" = EXCLUDED."taxonomyCodes",
  "registeredSpecialty" = EXCLUDED."registeredSpecialty", "lastConfirmedAt" = EXCLUDED."lastConfirmedAt",
  -- The import moves its listings only between DRAFT and PUBLISHED; PENDING and SUSPENDED are a
  -- moderator's decision and stay.
  "status" = CASE WHEN p."status" IN ('DRAFT', 'PUBLISHED') THEN EXCLUDED."status" ELSE p."status" END,
  "publishedAt" = CASE WHEN p."status" IN ('DRAFT', 'PUBLISHED') AND EXCLUDED."status" = 'PUBLISHED'
    THEN coalesce(p."publishedAt", now()) ELSE p."publishedAt" END,
  "updatedAt" = now()
WHERE p."source" = 'NPPES_IMPORT' AND NOT p."claimed"
  AND (p."firstName", p."middleName", p."lastName", p."suffix", p."credential", p."gender", p."taxonomyCodes",
       p."registeredSpecialty", p."lastConfirmedAt", p."status")
  IS DISTINCT FROM
      (EXCLUDED."firstName", EXCLUDED."middleName", EXCLUDED."lastName", EXCLUDED."suffix", EXCLUDED."credential",
       EXCLUDED."gender", EXCLUDED."taxonomyCodes", EXCLUDED."registeredSpecialty", EXCLUDED."lastConfirmedAt",
       CASE WHEN p."status" IN ('DRAFT', 'PUBLISHED') THEN EXCLUDED."status" ELSE p."status" END)
RETURNING p."id", (xmax = 0) AS "inserted"`;

// An unclaimed imported listing has one location, the NPPES practice address, which the import owns:
// it is updated in place (keeping its id, which consult requests refer to) or created when missing.
// The registry does not say whether a practice takes new patients or needs a referral, so imported
// locations claim neither: they stay out of the "accepting new patients" and "no referral needed"
// filters until the provider claims the listing and says so.
const UPSERT_LOCATIONS = `
WITH t AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::float8[], $11::float8[])
    AS t(npi, name, street1, street2, city, state, zip, zip4, phone, lat, lng)
), owned AS (
  SELECT p."id" AS pid, t.* FROM t JOIN "Provider" p ON p."npi" = t.npi
  WHERE p."source" = 'NPPES_IMPORT' AND NOT p."claimed"
), cur AS (
  SELECT DISTINCT ON (l."providerId") l."id", l."providerId" FROM "Location" l
  WHERE l."providerId" IN (SELECT pid FROM owned) ORDER BY l."providerId", l."id"
), upd AS (
  UPDATE "Location" l SET "practiceName" = o.name, "street1" = o.street1, "street2" = o.street2, "city" = o.city,
    "state" = o.state, "zip" = o.zip, "zip4" = o.zip4, "phone" = o.phone, "latitude" = o.lat, "longitude" = o.lng,
    "geoSource" = CASE WHEN o.lat IS NULL THEN NULL ELSE 'zip-centroid' END, "updatedAt" = now()
  FROM owned o JOIN cur c ON c."providerId" = o.pid
  WHERE l."id" = c."id"
    AND (l."practiceName", l."street1", l."street2", l."city", l."state"::text, l."zip"::text, l."zip4"::text, l."phone",
         l."latitude", l."longitude")
    IS DISTINCT FROM (o.name, o.street1, o.street2, o.city, o.state, o.zip, o.zip4, o.phone, o.lat, o.lng)
  RETURNING l."providerId"
), ins AS (
  INSERT INTO "Location" ("providerId", "practiceName", "street1", "street2", "city", "state", "zip", "zip4", "phone",
    "latitude", "longitude", "geoSource", "acceptingNewPatients", "referralRequired", "isPrimary", "updatedAt")
  SELECT o.pid, o.name, o.street1, o.street2, o.city, o.state, o.zip, o.zip4, o.phone, o.lat, o.lng,
    CASE WHEN o.lat IS NULL THEN NULL ELSE 'zip-centroid' END, false, true, true, now()
  FROM owned o WHERE NOT EXISTS (SELECT 1 FROM cur c WHERE c."providerId" = o.pid)
  RETURNING "providerId"
)
SELECT (SELECT count(*)::int FROM owned) AS "owned",
  coalesce((SELECT array_agg("providerId") FROM upd), '{}') AS "updated",
  coalesce((SELECT array_agg("providerId") FROM ins), '{}') AS "inserted"`;

// A deactivated NPI leaves the public directory. The import's own listings go back to DRAFT, a
// state the import manages, so a later file that shows the NPI reactivated publishes it again. A
// listing the provider claimed or submitted is SUSPENDED instead: only a moderator can lift that,
// after checking with the provider (who may have a replacement NPI). Demo rows have fictional NPIs.
const UNPUBLISH_DEACTIVATED = `
UPDATE "Provider" p SET
  "status" = CASE WHEN p."source" = 'NPPES_IMPORT' AND NOT p."claimed" THEN 'DRAFT' ELSE 'SUSPENDED' END::"ProviderStatus",
  "updatedAt" = now()
WHERE p."npi" = ANY($1::text[]) AND p."status" = 'PUBLISHED' AND p."source" <> 'DEMO'
RETURNING p."id", p."npi", (p."status" = 'DRAFT') AS "unpublished"`;

/** SQLSTATE classes for bad data (22) and constraint violations (23): one record's fault, not the database's. */
const isDataError = (e: unknown) => /^2[23]/.test(String((e as { code?: string }).code ?? ""));

export class NppesWriter {
  /** The executor lib/search-columns.ts takes, on this writer's connection (and so its transaction). */
  private readonly sql = {
    $executeRaw: (q: Prisma.Sql) => this.client.query(q.text, q.values).then((r) => r.rowCount ?? 0),
  };

  constructor(
    private readonly client: pg.Client,
    private readonly publish: boolean,
  ) {}

  /** Writes a batch (NPIs unique within it) in one transaction. */
  async writeBatch(records: TImportRecord[]): Promise<TBatchResult> {
    try {
      return await this.transaction(records);
    } catch (e) {
      if (!isDataError(e) || records.length === 1) {
        if (records.length === 1 && isDataError(e)) {
          return {
            inserted: 0,
            updated: 0,
            unchanged: 0,
            kept: 0,
            refused: [{ record: records[0]!, message: (e as Error).message }],
          };
        }
        throw e;
      }
      // Find the record the database refused by writing the batch one record at a time.
      const total: TBatchResult = { inserted: 0, updated: 0, unchanged: 0, kept: 0, refused: [] };
      for (const record of records) {
        const r = await this.writeBatch([record]);
        total.inserted += r.inserted;
        total.updated += r.updated;
        total.unchanged += r.unchanged;
        total.kept += r.kept;
        total.refused.push(...r.refused);
      }
      return total;
    }
  }

  private async transaction(records: TImportRecord[]): Promise<TBatchResult> {
    const col = <K extends keyof TImportRecord>(k: K) => records.map((r) => r[k]);
    await this.client.query("BEGIN");
    try {
      const providers = await this.client.query<{ id: number; inserted: boolean }>(UPSERT_PROVIDERS, [
        col("npi"),
        col("firstName"),
        col("middleName"),
        col("lastName"),
        col("suffix"),
        col("credential"),
        records.map((r) => r.taxonomyCodes.join(",")),
        col("registeredSpecialty"),
        col("lastUpdate"),
        this.publish ? "PUBLISHED" : "DRAFT",
        col("gender"),
      ]);
      const locations = await this.client.query<{ owned: number; updated: number[]; inserted: number[] }>(
        UPSERT_LOCATIONS,
        [
          col("npi"),
          col("practiceName"),
          col("street1"),
          col("street2"),
          col("city"),
          col("state"),
          col("zip"),
          col("zip4"),
          col("phone"),
          col("latitude"),
          col("longitude"),
        ],
      );
      const created = new Set(providers.rows.filter((r) => r.inserted).map((r) => r.id));
      const changed = new Set<number>();
      for (const r of providers.rows) if (!r.inserted) changed.add(r.id);
      const loc = locations.rows[0]!;
      for (const id of [...loc.updated, ...loc.inserted]) if (!created.has(id)) changed.add(id);
      if (created.size + changed.size > 0) await rebuildSearchPoints(this.sql, [...created, ...changed]);
      await this.client.query("COMMIT");
      const kept = records.length - loc.owned;
      return {
        inserted: created.size,
        updated: changed.size,
        unchanged: loc.owned - created.size - changed.size,
        kept,
        refused: [],
      };
    } catch (e) {
      await this.client.query("ROLLBACK").catch(() => {});
      throw e;
    }
  }

  async unpublishDeactivated(npis: string[]): Promise<TDeactivationResult> {
    await this.client.query("BEGIN");
    try {
      const { rows } = await this.client.query<{ id: number; npi: string; unpublished: boolean }>(
        UNPUBLISH_DEACTIVATED,
        [npis],
      );
      if (rows.length > 0)
        await rebuildSearchPoints(
          this.sql,
          rows.map((r) => r.id),
        );
      await this.client.query("COMMIT");
      return {
        unpublished: rows.filter((r) => r.unpublished).map((r) => r.npi),
        suspended: rows.filter((r) => !r.unpublished).map((r) => r.npi),
      };
    } catch (e) {
      await this.client.query("ROLLBACK").catch(() => {});
      throw e;
    }
  }
}
