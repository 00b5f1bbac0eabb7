import "server-only";
import { z } from "zod";

const DEV_SECRET = "development-only-secret-change-me";

// The one place that reads process.env on the server. Values are validated once at start-up so a
// misconfiguration fails with a clear message instead of deep inside a request.
const ZEnv = z.object({
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
  MAIL_FROM: z.string().default("NeckCare Finder <no-reply@neckcare.invalid>"),
  /** Optional external geocoder; the bundled ZIP centroid table is used when unset. */
  GEOCODER_URL: z.url().optional(),
  /** "memory": searches run on an in-process index kept in step with the database (decision 0003); "off": on the database. */
  SEARCH_INDEX: z.enum(["memory", "off"], { error: 'SEARCH_INDEX must be "memory" or "off".' }).default("memory"),
  /** Publish listings imported from NPPES (labelled "not yet claimed"). */
  NPPES_PUBLISH_IMPORTED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
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
  if (parsed.data.NODE_ENV === "production" && parsed.data.AUTH_SECRET === DEV_SECRET) {
    throw new Error("Invalid environment: AUTH_SECRET is not set. Set it to a long random value, or start with `npm start`, which makes one.");
  }
  cached = parsed.data;
  return cached;
}
