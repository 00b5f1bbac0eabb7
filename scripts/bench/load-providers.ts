// Bulk-loads N fictional providers for benchmarks, fast: explicit ids, unnest() batches, the GiST
// index rebuilt once at the end. Same places and distributions as the demo seed (prisma/seed), but
// reviews and recommendations are loaded as the derived counts the search reads, not as rows.
import pg from "pg";
import { distanceMiles } from "@/lib/geo/distance";
import { zipTable, type TZipRow } from "@/lib/geo/zip-table";
import { npiCheckDigit } from "@/lib/npi";
import { PRIOR_MEAN, PRIOR_WEIGHT } from "@/lib/ratings";
import { rebuildSearchPoints } from "@/lib/search-columns";
import { METROS } from "../../prisma/seed/metros";
import { FIRST_NAMES, LAST_NAMES, STREETS } from "../../prisma/seed/names";
import { createRandom, type TRandom } from "../../prisma/seed/random";

const BATCH = 5000;

/** Languages besides English and how often a benchmark provider (doctor or staff) speaks them. */
const BENCH_LANGUAGES: Array<[string, number]> = [["es", 0.3], ["zh", 0.05], ["tl", 0.03], ["vi", 0.03], ["ar", 0.03], ["fr", 0.03], ["ko", 0.02], ["ru", 0.03], ["pt", 0.02], ["hi", 0.03], ["de", 0.02], ["pl", 0.01], ["it", 0.01], ["ur", 0.02], ["fa", 0.01], ["gu", 0.01], ["ht", 0.01], ["sgn", 0.01]];
/** Plans and how often a benchmark practice reports accepting them. */
const BENCH_PLANS: Array<[string, number]> = [["medicare", 0.85], ["medicaid", 0.45], ["tricare", 0.2], ["va-community-care", 0.15], ["aetna", 0.5], ["bcbs", 0.6], ["cigna", 0.45], ["humana", 0.3], ["kaiser", 0.05], ["unitedhealthcare", 0.55]];

export type TWeightedZips = { zips: TZipRow[]; cumulative: Float64Array; total: number };

/**
 * ZIPs weighted the way prisma/seed places demo providers: 85% in metro areas (each metro's share
 * proportional to its population, spread over its ZIPs within 35 miles, denser towards the
 * centre), 15% uniformly over all ZIPs.
 */
export function weightedZips(): TWeightedZips {
  const zips = [...zipTable().values()].sort((a, b) => a.zip.localeCompare(b.zip));
  const weights = new Float64Array(zips.length).fill(0.15 / zips.length);
  const totalPop = METROS.reduce((s, m) => s + m.pop, 0);
  for (const m of METROS) {
    const near: Array<[number, number]> = [];
    let sum = 0;
    zips.forEach((z, i) => {
      const d = distanceMiles(m, z);
      if (d <= 35) {
        const w = 1 / (1 + d / 4);
        near.push([i, w]);
        sum += w;
      }
    });
    for (const [i, w] of near) weights[i]! += (0.85 * (m.pop / totalPop) * w) / sum;
  }
  const cumulative = new Float64Array(zips.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  return { zips, cumulative, total };
}

export function pickZip(r: TRandom, w: TWeightedZips): TZipRow {
  const x = r.next() * w.total;
  let lo = 0;
  let hi = w.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return w.zips[lo]!;
}

export async function loadProviders(client: pg.Client, count: number, log: (s: string) => void): Promise<void> {
  const r = createRandom(424242);
  const w = weightedZips();
  const { rows } = await client.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'x_search_point_earth'`);
  const gistDef = rows[0]?.indexdef;
  if (!gistDef) throw new Error("The x_search_point_earth index is missing: is the database migrated?");
  await client.query(`DROP INDEX "x_search_point_earth"`);
  const nameDef = (await client.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'x_search_point_words'`)).rows[0]?.indexdef;
  if (!nameDef) throw new Error("The x_search_point_words index is missing: is the database migrated?");
  await client.query(`DROP INDEX "x_search_point_words"`);
  let locationId = 0;
  const started = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const P = { id: [] as number[], npi: [] as string[], first: [] as string[], last: [] as string[], cred: [] as string[], status: [] as string[], boards: [] as string[], verified: [] as string[], reviews: [] as number[], avg: [] as (number | null)[], score: [] as (number | null)[], recs: [] as number[], langs: [] as string[], gender: [] as (string | null)[], plans: [] as string[] };
    const L = { id: [] as number[], pid: [] as number[], name: [] as string[], street: [] as string[], city: [] as string[], state: [] as string[], zip: [] as string[], lat: [] as number[], lng: [] as number[], acc: [] as boolean[], tele: [] as boolean[], ref: [] as boolean[] };
    const C = { pid: [] as number[], board: [] as string[], spec: [] as string[], sub: [] as (string | null)[], state: [] as string[] };
    const E = { pid: [] as number[], years: [] as number[], volume: [] as number[], guidance: [] as string[], focus: [] as boolean[] };
    for (let k = 0; k < n; k++) {
      const id = start + k + 1;
      const zip = pickZip(r, w);
      const profile = r.next();
      const board = profile < 0.45 ? ["ABPN", "NEUROLOGY", r.chance(0.06) ? "PAIN_MEDICINE" : null] : profile < 0.75 ? ["ABPMR", "PMR", r.chance(0.35) ? "PAIN_MEDICINE" : null] : ["ABA", "ANESTHESIOLOGY", "PAIN_MEDICINE"];
      const certified = r.chance(0.92);
      const roll = r.next();
      const vstate = roll < 0.55 ? "VERIFIED" : roll < 0.61 ? "REJECTED" : "UNVERIFIED";
      const areaOf = (s: string | null) => (s === "NEUROLOGY" ? "neurology" : s === "PAIN_MEDICINE" ? "pain-medicine" : s === "PMR" ? "pmr" : null);
      const areas = certified && vstate !== "REJECTED" ? [areaOf(board[1]!), areaOf(board[2] ?? null)].filter(Boolean).sort() : [];
      const nReviews = r.chance(0.22) ? 0 : Math.floor(45 * r.next() ** 2.2) + 1;
      const avg = nReviews ? Math.round((2.6 + 2.4 * r.next()) * 10) / 10 : null;
      P.id.push(id);
      P.npi.push(String(150_000_000 + id) + String(npiCheckDigit(String(150_000_000 + id))));
      P.first.push(r.pick(FIRST_NAMES));
      P.last.push(r.pick(LAST_NAMES));
      P.cred.push(r.chance(0.8) ? "MD" : "DO");
      P.status.push(r.chance(0.95) ? "PUBLISHED" : "PENDING");
      P.boards.push(areas.join(","));
      P.verified.push(vstate === "VERIFIED" ? areas.join(",") : "");
      P.reviews.push(nReviews);
      P.avg.push(avg);
      P.score.push(avg === null ? null : (PRIOR_MEAN * PRIOR_WEIGHT + avg * nReviews) / (PRIOR_WEIGHT + nReviews));
      P.recs.push(r.chance(0.3) ? r.int(1, 4) : 0);
      // The facts of the newer filters, at rates like the demo seed's: languages, gender, plans.
      P.langs.push(["en", ...BENCH_LANGUAGES.filter(([, p]) => r.chance(p)).map(([code]) => code)].join(","));
      P.gender.push(r.chance(0.08) ? null : r.chance(0.5) ? "FEMALE" : "MALE");
      P.plans.push(BENCH_PLANS.filter(([, p]) => r.chance(p)).map(([plan]) => plan).join(","));
      const nLoc = r.chance(0.8) ? 1 : r.chance(0.85) ? 2 : 3;
      for (let l = 0; l < nLoc; l++) {
        const z = l === 0 ? zip : pickZip(r, w);
        const near = l === 0 || distanceMiles(zip, z) < 40 ? z : zip;
        L.id.push(++locationId);
        L.pid.push(id);
        L.name.push(`${near.city} Neurology Associates`);
        L.street.push(`${r.int(10, 9800)} ${r.pick(STREETS)} St`);
        L.city.push(near.city);
        L.state.push(near.state);
        L.zip.push(near.zip);
        L.lat.push(near.lat);
        L.lng.push(near.lng);
        L.acc.push(r.chance(0.72));
        L.tele.push(r.chance(0.35));
        L.ref.push(r.chance(0.4));
      }
      if (certified) {
        C.pid.push(id);
        C.board.push(board[0]!);
        C.spec.push(board[1]!);
        C.sub.push(board[2] ?? null);
        C.state.push(vstate);
      }
      const emg = r.chance(0.55);
      const us = r.chance(0.35);
      E.pid.push(id);
      E.years.push(r.int(1, 25));
      E.volume.push(Math.round(Math.exp(Math.log(10) + r.next() * (Math.log(800) - Math.log(10)))));
      E.guidance.push(emg || us ? [emg ? "EMG" : "", us ? "ULTRASOUND" : ""].filter(Boolean).join(",") : "NONE");
      E.focus.push(r.chance(0.4));
    }
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Provider" (id, npi, "firstName", "lastName", credential, status, source, "lastConfirmedAt", "updatedAt",
         "boardAreas", "verifiedBoardAreas", "reviewCount", "ratingAverage", "ratingScore", "recommendationCount",
         languages, gender, "insurancePlans", "insuranceConfirmedAt")
       SELECT id, npi, f, l, c, s::"ProviderStatus", 'DEMO', now(), now(),
         CASE WHEN b = '' THEN '{}' ELSE string_to_array(b, ',') END, CASE WHEN v = '' THEN '{}' ELSE string_to_array(v, ',') END,
         rc, av, sc, rec, string_to_array(lg, ','), g::"Gender", CASE WHEN pl = '' THEN '{}' ELSE string_to_array(pl, ',') END,
         CASE WHEN pl = '' THEN NULL ELSE now() END
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::float8[], $11::float8[], $12::int[],
         $13::text[], $14::text[], $15::text[])
         AS t(id, npi, f, l, c, s, b, v, rc, av, sc, rec, lg, g, pl)`,
      [P.id, P.npi, P.first, P.last, P.cred, P.status, P.boards, P.verified, P.reviews, P.avg, P.score, P.recs, P.langs, P.gender, P.plans],
    );
    await client.query(
      `INSERT INTO "Location" (id, "providerId", "practiceName", street1, city, state, zip, latitude, longitude,
         "acceptingNewPatients", "telehealthConsults", "referralRequired", "inPersonConsults", "updatedAt")
       SELECT *, true, now() FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::float8[], $10::bool[], $11::bool[], $12::bool[])`,
      [L.id, L.pid, L.name, L.street, L.city, L.state, L.zip, L.lat, L.lng, L.acc, L.tele, L.ref],
    );
    await client.query(
      // A verified certification carries its verification record, as a moderator's leaves it.
      `INSERT INTO "Certification" ("providerId", board, specialty, subspecialty, year, "verificationState", "updatedAt",
         "verifiedAt", "verificationMethod", "verificationSource")
       SELECT pid, b::"Board", s::"Specialty", sub::"Specialty", 2010, st::"VerificationState", now(),
         CASE WHEN st = 'VERIFIED' THEN now() - ((pid * 37) % 400 + 1) * interval '1 day' END,
         CASE WHEN st = 'VERIFIED' THEN 'BOARD_ONLINE_LOOKUP'::"VerificationMethod" END,
         CASE WHEN st = 'VERIFIED' THEN 'Board certification lookup (benchmark data)' END
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(pid, b, s, sub, st)`,
      [C.pid, C.board, C.spec, C.sub, C.state],
    );
    await client.query(
      `INSERT INTO "NeckExperience" ("providerId", "yearsInjecting", "yearlyNeckProcedures", guidance, "cervicalDystoniaFocus", "updatedAt")
       SELECT pid, y, v, string_to_array(g, ',')::"Guidance"[], fo, now() FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::bool[]) AS t(pid, y, v, g, fo)`,
      [E.pid, E.years, E.volume, E.guidance, E.focus],
    );
    await client.query("COMMIT");
    if ((start / BATCH) % 20 === 19 || start + n >= count) {
      const done = start + n;
      log(`  loaded ${done.toLocaleString("en-US")} providers (${Math.round(done / ((Date.now() - started) / 1000)).toLocaleString("en-US")}/s)`);
    }
  }
  log("  building the search read model, its GiST index, and analysing ...");
  await rebuildSearchPoints({ $executeRaw: (q) => client.query(q.text, q.values).then((r) => r.rowCount ?? 0) });
  await client.query(gistDef);
  await client.query(nameDef);
  await client.query(`SELECT setval(pg_get_serial_sequence('"Provider"', 'id'), (SELECT max(id) FROM "Provider"))`);
  await client.query(`SELECT setval(pg_get_serial_sequence('"Location"', 'id'), (SELECT max(id) FROM "Location"))`);
  await client.query("VACUUM ANALYZE");
}
