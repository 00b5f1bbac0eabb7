import "server-only";
import { z } from "zod";

const DEV_SECRET = "development-only-secret-change-me";

/**
 * Secrets that are printed somewhere in this repository (examples, old defaults, fixed test values):
 * anyone can read them, so a production server refuses them as it refuses the development value.
 * lib/env.test.ts fails when a value assigned to AUTH_SECRET anywhere in the repository is missing
 * here. Tests and benchmarks make random secrets instead.
 */
export const PUBLISHED_SECRETS: readonly string[] = [
  DEV_SECRET,
  "change-me-in-production-please",
  "change-me-to-a-long-random-string",
  "e2e-secret-not-for-production-0123456789",
  "benchmark-only-secret-0123456789",
];

// The one place that reads process.env on the server. Values are validated once at start-up so a
// misconfiguration fails with a clear message instead of deep inside a request.
export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Optional here so that `next build` needs no database; lib/db.ts requires it on first use.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
    .optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  /** Secret for keyed hashes (reviewer e-mail, client network) and auth tokens. */
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must have at least 16 characters.").default(DEV_SECRET),
  SMTP_URL: z.string().optional(),
  /**
   * "1": without SMTP_URL, e-mail goes to the outbox moderators read at /admin/outbox (sign-in links
   * and tokens blanked). For trials only; production refuses to run with neither (see env()).
   */
  MAIL_OUTBOX: z.enum(["0", "1", ""], { error: 'MAIL_OUTBOX must be "1" or unset.' }).optional(),
  /** How many reverse proxies append to X-Forwarded-For (lib/http/client-ip.ts). */
  TRUSTED_PROXIES: z
    .string()
    .regex(/^(10|\d)?$/, "TRUSTED_PROXIES must be a number from 0 to 10.")
    .optional()
    .transform((v) => Number(v || 0)),
  MAIL_FROM: z.string().default("NeckCare Finder <no-reply@neckcare.invalid>"),
  /** Optional external geocoder; the bundled ZIP centroid table is used when unset. */
  GEOCODER_URL: z.url().optional(),
  /** "memory": searches run on an in-process index kept in step with the database (decision 0003); "off": on the database. */
  SEARCH_INDEX: z
    .enum(["memory", "off"], { error: 'SEARCH_INDEX must be "memory" or "off".' })
    .default("memory"),
  /** How many search result cards the server keeps between searches (lib/search/card-cache.ts); 0 keeps none. */
  SEARCH_CARD_CACHE: z.coerce
    .number({ error: "SEARCH_CARD_CACHE must be a whole number of cards, from 0 to 1000000." })
    .int({ error: "SEARCH_CARD_CACHE must be a whole number of cards, from 0 to 1000000." })
    .min(0, { error: "SEARCH_CARD_CACHE must be a whole number of cards, from 0 to 1000000." })
    .max(1_000_000, { error: "SEARCH_CARD_CACHE must be a whole number of cards, from 0 to 1000000." })
    .default(20_000),
  /**
   * How many megabytes of search pages (HTML) the production server keeps, per address and read-model
   * version (scripts/lib/search-pages.mjs); 0 keeps none.
   */
  SEARCH_PAGE_CACHE_MB: z.coerce
    .number({ error: "SEARCH_PAGE_CACHE_MB must be a whole number of megabytes, from 0 to 1024." })
    .int({ error: "SEARCH_PAGE_CACHE_MB must be a whole number of megabytes, from 0 to 1024." })
    .min(0, { error: "SEARCH_PAGE_CACHE_MB must be a whole number of megabytes, from 0 to 1024." })
    .max(1024, { error: "SEARCH_PAGE_CACHE_MB must be a whole number of megabytes, from 0 to 1024." })
    .default(16),
  /** Publish listings imported from NPPES (labelled "not yet claimed"). */
  NPPES_PUBLISH_IMPORTED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /**
   * The NPPES NPI Registry API (https://npiregistry.cms.hhs.gov/api/), asked server-side for an NPI
   * that is not in the imported data, to offer a provider's public registry facts. Unset: never asked.
   */
  // https (plain http only on this machine, as the tests' stand-in runs): its answers are offered to providers.
  NPPES_API_URL: z
    .url()
    .refine((u) => {
      const url = new URL(u);
      return (
        url.protocol === "https:" ||
        (url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
      );
    }, "NPPES_API_URL must be an https:// address (http:// only for localhost).")
    .optional(),
  /**
   * Profiles' "Directions" link: {lat}, {lng} and {address} (URL-encoded) are filled in. Default:
   * OpenStreetMap's directions to the practice (lib/geo/directions.ts).
   */
  DIRECTIONS_URL_TEMPLATE: z
    .string()
    .refine((v) => /^https:\/\//.test(v) && /\{(lat|lng|address)\}/.test(v), {
      message: "DIRECTIONS_URL_TEMPLATE must start with https:// and contain {lat}/{lng} or {address}.",
    })
    .optional(),
  // `npm run data:update` (lib/data-update/sources.ts holds the official defaults; unset = default).
  /** The NPPES download page that links the monthly and weekly ZIPs. */
  DATA_NPPES_INDEX_URL: z.url().optional(),
  /** data.cms.gov's DCAT catalog (data.json), which lists each year of the claims dataset. */
  DATA_CMS_CATALOG_URL: z.url().optional(),
  /** The Provider Data Catalog's metadata of the Doctors and Clinicians dataset. */
  DATA_CLINICIANS_METADATA_URL: z.url().optional(),
  /** Where downloads and the update's state are kept. */
  DATA_DIR: z.string().min(1).optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join("; ")}`);
  }
  // A known secret would let anyone forge sign-in tokens: production needs its own (npm start makes
  // one in .data/auth-secret when AUTH_SECRET is unset).
  const problem = productionProblem(parsed.data);
  if (problem) throw new Error(`Invalid environment: ${problem}`);
  cached = parsed.data;
  return cached;
}

/** What a production server must not run with, or null. */
export function productionProblem(e: TEnv): string | null {
  if (e.NODE_ENV !== "production") return null;
  if (e.AUTH_SECRET === DEV_SECRET)
    return "AUTH_SECRET is not set. Set it to a long random value, or start with `npm start`, which makes one.";
  if (PUBLISHED_SECRETS.includes(e.AUTH_SECRET.trim())) {
    return "AUTH_SECRET is a value printed in the NeckCare Finder repository, so anyone could forge sign-in links with it. Set a long random value (e.g. `openssl rand -base64 32`).";
  }
  // Without a mail server, every sign-in link would end up in a table moderators can read.
  if (!e.SMTP_URL && e.MAIL_OUTBOX !== "1") {
    return "SMTP_URL is not set, so e-mail (sign-in links, confirmations) cannot be sent. Set SMTP_URL, or MAIL_OUTBOX=1 for a trial (e-mail then goes to /admin/outbox, links blanked).";
  }
  return null;
}

/** Whether e-mail goes to the outbox table (no SMTP_URL: development, tests, MAIL_OUTBOX=1 trials). */
export function mailToOutbox(): boolean {
  return !env().SMTP_URL;
}
