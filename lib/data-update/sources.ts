// Where `npm run data:update` finds the public files: the one list of official addresses. Each is
// overridable by an environment variable (declared and validated in lib/env.ts), so tests and
// mirrors can point the update elsewhere. Only the pages that *list* the files are configured: the
// files themselves change name with every release, so they are discovered (lib/data-update/discover.ts).
import path from "node:path";
import type { TEnv } from "@/lib/env";

export const SOURCE_NAMES = ["nppes", "claims", "clinicians"] as const;
export type TSourceName = (typeof SOURCE_NAMES)[number];

export const DEFAULT_SOURCES = {
  /**
   * CMS's NPPES download page. It links the monthly full file
   * (NPPES_Data_Dissemination_<Month>_<Year>[_V2].zip) and the weekly incremental files
   * (NPPES_Data_Dissemination_<MMDDYY>_<MMDDYY>_Weekly[_V2].zip), relative to the page.
   */
  nppesIndexUrl: "https://download.cms.gov/nppes/NPI_Files.html",
  /**
   * data.cms.gov's DCAT-US catalog: one entry per dataset, each year of a yearly dataset a
   * distribution with a downloadURL and a temporal range.
   */
  cmsCatalogUrl: "https://data.cms.gov/data.json",
  /** The catalog entry of the claims file (one row per NPI x HCPCS code x place of service). */
  claimsDatasetTitle: "Medicare Physician & Other Practitioners - by Provider and Service",
  /**
   * The Provider Data Catalog's metadata of "Doctors and Clinicians National Downloadable File"
   * (dataset mj5m-pzi6), whose distribution is the current monthly CSV.
   */
  cliniciansMetadataUrl:
    "https://data.cms.gov/provider-data/api/1/metastore/schemas/dataset/items/mj5m-pzi6?show-reference-ids",
  /** Downloads, partial downloads and the update's state, relative to the working directory. */
  dataDir: ".data/downloads",
} as const;

export type TDataSources = {
  nppesIndexUrl: string;
  cmsCatalogUrl: string;
  claimsDatasetTitle: string;
  cliniciansMetadataUrl: string;
  /** Absolute. */
  dataDir: string;
};

type TSourceEnv = Pick<
  TEnv,
  "DATA_NPPES_INDEX_URL" | "DATA_CMS_CATALOG_URL" | "DATA_CLINICIANS_METADATA_URL" | "DATA_DIR"
>;

export function dataSources(e: TSourceEnv): TDataSources {
  return {
    nppesIndexUrl: e.DATA_NPPES_INDEX_URL ?? DEFAULT_SOURCES.nppesIndexUrl,
    cmsCatalogUrl: e.DATA_CMS_CATALOG_URL ?? DEFAULT_SOURCES.cmsCatalogUrl,
    claimsDatasetTitle: DEFAULT_SOURCES.claimsDatasetTitle,
    cliniciansMetadataUrl: e.DATA_CLINICIANS_METADATA_URL ?? DEFAULT_SOURCES.cliniciansMetadataUrl,
    dataDir: path.resolve(e.DATA_DIR ?? DEFAULT_SOURCES.dataDir),
  };
}

/** "nppes,claims" -> the set; throws a one-line message naming the unknown source. */
export function parseSourceList(list: string): Set<TSourceName> {
  const out = new Set<TSourceName>();
  for (const raw of list.split(",")) {
    const name = raw.trim();
    if (!name) continue;
    if (!(SOURCE_NAMES as readonly string[]).includes(name))
      throw new Error(`Unknown source "${name}": choose from ${SOURCE_NAMES.join(", ")}.`);
    out.add(name as TSourceName);
  }
  if (out.size === 0) throw new Error(`No source given: choose from ${SOURCE_NAMES.join(", ")}.`);
  return out;
}
