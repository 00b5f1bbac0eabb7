// The three imports the update runs on the files it downloaded. NPPES runs in this process through
// the importer's own entry point (lib/nppes/import.ts), with its progress display. The two CMS
// imports run as their command-line tools in a child process (`node --import tsx scripts/...`,
// as `npm run import:cms-*` does): the update depends only on their documented arguments and exit
// code, and a missing tool is reported by name instead of failing to load.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLINICIANS_NODE_FLAGS } from "@/lib/cms/clinicians-import";
import { importNppes } from "@/lib/nppes/import";
import { createProgressDisplay, formatDuration, type TProgressOutput } from "@/lib/nppes/progress";
import { defaultTaxonomySet } from "@/lib/nppes/taxonomy";
import { NppesFatalError } from "@/lib/nppes/errors";
import { DataUpdateError } from "./http";
import type { TSourceName } from "./sources";

/** year: the claims' data year; date and release: what the CMS importers store about the file's version. */
export type TImportRequest = { file: string; year?: number; date?: string; release?: string };
export type TImportContext = { signal?: AbortSignal; log: (line: string) => void };
/** Imports one file; resolves to a one-line summary ("" when the importer printed its own), or throws a DataUpdateError. */
export type TImporter = (request: TImportRequest, context: TImportContext) => Promise<string>;
export type TImporters = Record<TSourceName, TImporter>;

const shellQuote = (arg: string) => (/^[\w./=:@-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The CMS importers' command-line tools, as `npm run import:cms-*` runs them. */
export const CLI_IMPORTS = {
  claims: {
    script: "scripts/import-cms-claims.ts",
    nodeFlags: [],
    npm: "import:cms-claims",
    label: "claims (by provider and service)",
  },
  clinicians: {
    script: "scripts/import-cms-clinicians.ts",
    // As package.json's import:cms-clinicians (lib/cms/clinicians-import.ts says why).
    nodeFlags: CLINICIANS_NODE_FLAGS,
    npm: "import:cms-clinicians",
    label: "doctors and clinicians",
  },
} as const;

export function nppesImporter(opts: {
  databaseUrl: string;
  publish: boolean;
  progress?: TProgressOutput;
}): TImporter {
  return async ({ file }, { signal }) => {
    const display = opts.progress ? createProgressDisplay(opts.progress) : null;
    try {
      const s = await importNppes({
        file,
        databaseUrl: opts.databaseUrl,
        publish: opts.publish,
        taxonomies: defaultTaxonomySet(),
        reportPath: `${file}.import-report.csv`,
        signal,
        onProgress: display ? (p) => display.update(p) : undefined,
      });
      display?.done();
      if (s.interrupted)
        throw new DataUpdateError(`Interrupted after line ${s.lastLine}; run again to finish.`);
      return `${s.rowsRead.toLocaleString("en-US")} rows, ${s.matched} matched: ${s.inserted} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.unpublished} unpublished, ${s.malformed} malformed (${formatDuration(s.elapsedMs)}${s.reportLines ? `; report ${s.reportPath}` : ""})`;
    } catch (e) {
      display?.done();
      if (e instanceof NppesFatalError) throw new DataUpdateError(e.message);
      const err = e as { code?: string; message?: string };
      if (err.code === "ECONNREFUSED" || /^(28|3D|08)/.test(err.code ?? ""))
        throw new DataUpdateError(`Cannot use the database in DATABASE_URL: ${err.message?.split("\n")[0]}`);
      throw e;
    }
  };
}

/**
 * Runs `node --import tsx <script> <file> [--year=YYYY]` with this DATABASE_URL. Its output is
 * passed through line by line (prefixed), and its last lines name the problem when it fails.
 */
export function cliImporter(
  source: keyof typeof CLI_IMPORTS,
  opts: { databaseUrl: string; write?: (line: string) => void; root?: string },
): TImporter {
  const { script, nodeFlags, npm, label } = CLI_IMPORTS[source];
  const root = opts.root ?? REPO_ROOT;
  const write = opts.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  return ({ file, year, date, release }, { signal }) => {
    const args = [
      file,
      ...(year ? [`--year=${year}`] : []),
      ...(date ? [`--date=${date}`] : []),
      ...(release ? [`--release=${release}`] : []),
    ];
    if (!existsSync(path.join(root, script)))
      return Promise.reject(
        new DataUpdateError(
          `The ${label} import is not available: ${script} does not exist in this checkout. The file is downloaded (${file}); once the importer exists, run \`npm run ${npm} -- ${args.map(shellQuote).join(" ")}\` or this update again.`,
        ),
      );
    return new Promise<string>((resolve, reject) => {
      // The report beside the file under the file's name, so it goes with the file when pruned.
      const report = `--report=${file}.import-report.csv`;
      const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script, ...args, report], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: opts.databaseUrl },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const tail: string[] = [];
      const onLines = (chunk: Buffer) => {
        for (const line of chunk.toString("utf8").split(/\r?\n|\r/)) {
          if (!line.trim()) continue;
          write(`  ${source} | ${line}`);
          tail.push(line.trim());
          if (tail.length > 20) tail.shift();
        }
      };
      child.stdout.on("data", onLines);
      child.stderr.on("data", onLines);
      const onAbort = () => child.kill("SIGINT");
      signal?.addEventListener("abort", onAbort, { once: true });
      child.on("error", (e) => reject(new DataUpdateError(`Cannot start the ${label} import: ${e.message}`)));
      child.on("close", (code, sig) => {
        signal?.removeEventListener("abort", onAbort);
        // Its own summary is in the lines passed through above.
        if (code === 0) return resolve("");
        if (code === 130 || sig === "SIGINT")
          return reject(new DataUpdateError("Interrupted; run again to finish."));
        const last = tail.filter((l) => !/^at\s/.test(l)).at(-1) ?? "no output";
        reject(
          new DataUpdateError(
            `The ${label} import (${script}) failed with exit code ${code ?? sig}: ${last}`,
          ),
        );
      });
    });
  };
}

export function defaultImporters(opts: {
  databaseUrl: string;
  publish: boolean;
  progress?: TProgressOutput;
  write?: (line: string) => void;
}): TImporters {
  return {
    nppes: nppesImporter(opts),
    claims: cliImporter("claims", opts),
    clinicians: cliImporter("clinicians", opts),
  };
}
