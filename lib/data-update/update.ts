// `npm run data:update`: for each source, discover the current file(s), download what changed and
// import what this database has not imported yet.
//
// Sources run one after the other (NPPES first: the CMS files describe providers it brings in) and
// independently: a failing source is reported and the others still run; the result says which
// failed, and the command exits non-zero. Within NPPES the order matters: the monthly full file,
// then the weekly files that end after the monthly file's data, oldest first; a failure stops the
// chain there (a later week must not be applied without the one before it).
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { formatBytes } from "@/lib/nppes/progress";
import {
  currentCliniciansFile,
  isoDay,
  latestClaimsFile,
  latestMonthly,
  parseNppesIndex,
  weekliesAfter,
  type TRemoteFile,
} from "./discover";
import { download, type TDownloadOptions } from "./download";
import { identityOf, localCopy, nppesDataEnd, pruneExcept } from "./files";
import { DataUpdateError, fetchJson, fetchText } from "./http";
import type { TImporters } from "./importers";
import { SOURCE_NAMES, type TDataSources, type TSourceName } from "./sources";
import { acquireLock, UpdateState } from "./state";

export type TUpdateMode = "update" | "dry-run" | "download-only";

export type TUpdateOptions = {
  sources: TDataSources;
  only?: Set<TSourceName>;
  mode?: TUpdateMode;
  /** Required to import ("update" mode); also keys what was imported where. */
  databaseUrl?: string;
  /** Required in "update" mode. */
  importers?: TImporters;
  log?: (line: string) => void;
  signal?: AbortSignal;
  download?: Pick<
    TDownloadOptions,
    "timeouts" | "retries" | "retryDelayMs" | "onProgress" | "progressEveryMs"
  >;
};

export type TStepResult = {
  source: TSourceName;
  ok: boolean;
  error?: string;
  downloaded: string[];
  unchanged: string[];
  imported: string[];
};

export type TUpdateResult = { ok: boolean; interrupted: boolean; steps: TStepResult[] };

type TContext = Required<Pick<TUpdateOptions, "sources" | "mode" | "log">> &
  TUpdateOptions & { state: UpdateState; step: TStepResult };

async function fetchFile(ctx: TContext, dir: string, remote: TRemoteFile): Promise<string> {
  const dest = path.join(ctx.sources.dataDir, dir, remote.name);
  const say = (line: string) => ctx.log(`${ctx.step.source}: ${line}`);
  if (ctx.mode === "dry-run") {
    say(`${remote.url} -> ${path.relative(process.cwd(), dest)}: ${await localCopy(dest)}`);
    return dest;
  }
  const r = await download({ ...ctx.download, url: remote.url, dest, signal: ctx.signal, log: say });
  if (r.status === "unchanged") {
    ctx.step.unchanged.push(remote.name);
    say(`${remote.name} unchanged (${formatBytes(r.size)})`);
  } else {
    ctx.step.downloaded.push(remote.name);
    say(
      `downloaded ${remote.name} (${formatBytes(r.size)}${r.resumedFrom ? `, resumed at ${formatBytes(r.resumedFrom)}` : ""})`,
    );
  }
  return dest;
}

/** Imports `file` unless this database already has this very download; force after a new base file. */
async function importFile(
  ctx: TContext,
  dir: string,
  file: string,
  opts: { year?: number; date?: string; release?: string; force?: boolean } = {},
) {
  const say = (line: string) => ctx.log(`${ctx.step.source}: ${line}`);
  const name = path.basename(file);
  const key = `${dir}/${name}`;
  const id = await identityOf(file);
  if (ctx.mode === "dry-run")
    return say(
      id && !opts.force && ctx.state.isImported(key, id)
        ? `${name}: the local copy is already imported (a newer file on the server would be)`
        : `${name}: would import${opts.year ? ` as data year ${opts.year}` : ""}`,
    );
  if (ctx.mode === "download-only") return say(`${name}: not imported (--download-only)`);
  if (!id) throw new DataUpdateError(`${name} has no complete download to import.`);
  if (!opts.force && ctx.state.isImported(key, id)) return say(`${name} already imported into this database`);
  say(`importing ${name}${opts.year ? ` (data year ${opts.year})` : ""} ...`);
  const summary = await ctx.importers![ctx.step.source](
    { file, year: opts.year, date: opts.date, release: opts.release },
    { signal: ctx.signal, log: say },
  );
  await ctx.state.markImported(key, id, opts.year ? `data year ${opts.year}` : undefined);
  ctx.step.imported.push(name);
  say(`imported ${name}${summary ? `: ${summary}` : ""}`);
}

async function prune(ctx: TContext, dir: string, keep: string[]) {
  if (ctx.mode === "dry-run") return;
  const removed = await pruneExcept(path.join(ctx.sources.dataDir, dir), keep);
  if (removed.length) ctx.log(`${ctx.step.source}: removed superseded downloads: ${removed.join(", ")}`);
  await ctx.state.forget(removed.map((n) => `${dir}/${n}`));
}

async function nppesStep(ctx: TContext) {
  const url = ctx.sources.nppesIndexUrl;
  const index = parseNppesIndex(await fetchText(url, { signal: ctx.signal }), url);
  const monthly = latestMonthly(index, url);
  const monthlyFile = await fetchFile(ctx, "nppes", monthly);
  // Weekly files are applied only when they end after the monthly file's data; while the monthly
  // file is not on disk (a dry run), its month's first day stands in for that date.
  const dataEnd =
    ((await identityOf(monthlyFile)) && (await nppesDataEnd(monthlyFile))) ||
    new Date(Date.UTC(monthly.year, monthly.month - 1, 1));
  const weeklies = weekliesAfter(index, dataEnd);
  ctx.log(
    `nppes: ${monthly.name} (data to ${dataEnd.toISOString().slice(0, 10)}) and ${weeklies.length} weekly file(s) after it${weeklies.length ? `: ${weeklies.map((w) => w.name).join(", ")}` : ""}`,
  );
  const weeklyFiles: string[] = [];
  let failure: unknown = null;
  for (const w of weeklies) {
    try {
      weeklyFiles.push(await fetchFile(ctx, "nppes", w));
    } catch (e) {
      failure = e;
      break;
    }
  }
  const monthlyId = await identityOf(monthlyFile);
  const monthlyIsNew = !monthlyId || !ctx.state.isImported(`nppes/${monthly.name}`, monthlyId);
  await importFile(ctx, "nppes", monthlyFile);
  // A re-imported monthly file put back older data for the NPIs the weekly files had changed.
  for (const f of weeklyFiles) await importFile(ctx, "nppes", f, { force: monthlyIsNew });
  if (failure) throw failure;
  await prune(ctx, "nppes", [monthly.name, ...weeklies.map((w) => w.name)]);
}

/**
 * Which version of a CMS file this is, for the importers' records: the catalog's modified date, else
 * the server's Last-Modified (the importers would otherwise take the download's own time).
 */
async function fileVersion(file: string, catalogModified: string | undefined, catalog: string) {
  const fromCatalog = isoDay(catalogModified);
  const date = fromCatalog ?? isoDay((await identityOf(file))?.lastModified ?? undefined);
  const how = fromCatalog ? `${catalog}'s modified date` : "the server's Last-Modified";
  return { date, release: date ? `${date} (${how})` : undefined };
}

async function claimsStep(ctx: TContext) {
  const url = ctx.sources.cmsCatalogUrl;
  const catalog = await fetchJson(url, { signal: ctx.signal });
  const remote = latestClaimsFile(catalog, ctx.sources.claimsDatasetTitle, url);
  ctx.log(`claims: latest data year ${remote.year}: ${remote.name}`);
  const file = await fetchFile(ctx, "claims", remote);
  const { release } = await fileVersion(file, remote.modified, "the data.cms.gov catalog");
  await importFile(ctx, "claims", file, { year: remote.year, release });
  await prune(ctx, "claims", [remote.name]);
}

async function cliniciansStep(ctx: TContext) {
  const url = ctx.sources.cliniciansMetadataUrl;
  const remote = currentCliniciansFile(await fetchJson(url, { signal: ctx.signal }), url);
  ctx.log(`clinicians: ${remote.name}${remote.modified ? ` (catalog modified ${remote.modified})` : ""}`);
  const file = await fetchFile(ctx, "clinicians", remote);
  // Its name carries no date, so the importer is told the file's date too.
  const { date, release } = await fileVersion(file, remote.modified, "the Provider Data Catalog");
  await importFile(ctx, "clinicians", file, { date, release });
  await prune(ctx, "clinicians", [remote.name]);
}

const STEPS: Record<TSourceName, (ctx: TContext) => Promise<void>> = {
  nppes: nppesStep,
  claims: claimsStep,
  clinicians: cliniciansStep,
};

export async function runDataUpdate(options: TUpdateOptions): Promise<TUpdateResult> {
  const mode = options.mode ?? "update";
  const log = options.log ?? ((line: string) => console.log(line));
  if (mode === "update" && (!options.databaseUrl || !options.importers))
    throw new DataUpdateError(
      "DATABASE_URL is not set: the update imports into that database (or use --download-only or --dry-run).",
    );
  await mkdir(options.sources.dataDir, { recursive: true });
  const release = mode === "dry-run" ? async () => {} : await acquireLock(options.sources.dataDir);
  const steps: TStepResult[] = [];
  try {
    const state = await UpdateState.load(options.sources.dataDir, options.databaseUrl);
    for (const source of SOURCE_NAMES) {
      if (options.only && !options.only.has(source)) continue;
      if (options.signal?.aborted) break;
      const step: TStepResult = { source, ok: true, downloaded: [], unchanged: [], imported: [] };
      steps.push(step);
      try {
        await STEPS[source]({ ...options, mode, log, state, step });
      } catch (e) {
        // One source's failure never stops the others; a bug's message is kept to one line too,
        // with its type so that it can be told from an expected failure.
        step.ok = false;
        step.error =
          e instanceof DataUpdateError
            ? e.message
            : `unexpected ${(e as Error)?.name ?? "error"}: ${String((e as Error)?.message ?? e).split("\n")[0]}`;
        log(`${source}: FAILED: ${step.error}`);
      }
    }
  } finally {
    await release();
  }
  return { ok: steps.every((s) => s.ok), interrupted: Boolean(options.signal?.aborted), steps };
}
