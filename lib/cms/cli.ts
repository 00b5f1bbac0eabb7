// What the two CMS import CLIs (scripts/import-cms-claims.ts, scripts/import-cms-clinicians.ts) share:
// argument parsing with clear messages, the environment check, Ctrl-C, progress and the summary.
// Exit codes: 0 done, 1 could not run, 2 bad usage, 130 interrupted.
import { z } from "zod";
import { CmsFatalError } from "./errors";
import { createProgressDisplay, formatSummary } from "./progress";
import type { TCmsImportSummary, TCmsProgress } from "./summary";
import { notifyProfilesChanged } from "../revalidate-notify";

export class CmsUsageError extends Error {
  override name = "CmsUsageError";
}

export type TCommonArgs = {
  file: string;
  dryRun: boolean;
  json: boolean;
  report?: string;
  release?: string;
  /** The command's own --name=value options. */
  values: Record<string, string>;
};

/**
 * Parses `<file> [--dry-run] [--json] [--report=PATH] [--release=TEXT]` plus the command's own
 * valued options (`own`, e.g. ["year"]). Returns "help" for --help.
 */
export function parseCmsArgs(argv: string[], own: string[], fileHint: string): TCommonArgs | "help" {
  const args: Omit<TCommonArgs, "file"> & { file?: string } = { dryRun: false, json: false, values: {} };
  for (const arg of argv) {
    const eq = arg.indexOf("=");
    const [flag, value] =
      arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const needValue = () => {
      if (!value) throw new CmsUsageError(`${flag} needs a value, e.g. ${flag}=...`);
      return value;
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--dry-run" && value === undefined) args.dryRun = true;
    else if (flag === "--json" && value === undefined) args.json = true;
    else if (flag === "--report") args.report = needValue();
    else if (flag === "--release") args.release = needValue();
    else if (flag.startsWith("--") && own.includes(flag.slice(2))) args.values[flag.slice(2)] = needValue();
    else if (flag.startsWith("-"))
      throw new CmsUsageError(`Unknown option ${arg}. Run with --help to see the options.`);
    else if (args.file) throw new CmsUsageError(`One file at a time (got ${args.file} and ${arg}).`);
    else args.file = arg;
  }
  if (!args.file) throw new CmsUsageError(`Which file? Give ${fileHint}.`);
  return { ...args, file: args.file };
}

// Scripts cannot use lib/env.ts (it is server-only, for Next.js); the same rule, checked here.
const ZImportEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
    .optional(),
});

export type TCmsRun = (common: {
  args: TCommonArgs;
  databaseUrl: string | undefined;
  signal: AbortSignal;
  onProgress?: (p: TCmsProgress) => void;
}) => Promise<TCmsImportSummary>;

/** Runs a CMS import command; resolves to the process's exit code. */
export async function runCmsCli(options: {
  argv: string[];
  usage: string;
  label: string;
  own: string[];
  fileHint: string;
  run: TCmsRun;
}): Promise<number> {
  let args: TCommonArgs | "help";
  try {
    args = parseCmsArgs(options.argv, options.own, options.fileHint);
  } catch (e) {
    if (!(e instanceof CmsUsageError)) throw e;
    console.error(`${e.message}\n\n${options.usage}`);
    return 2;
  }
  if (args === "help") {
    console.log(options.usage);
    return 0;
  }
  const env = ZImportEnv.safeParse(process.env);
  if (!env.success) {
    console.error(env.error.issues.map((i) => i.message).join("; "));
    return 2;
  }
  if (!args.dryRun && !env.data.DATABASE_URL) {
    console.error(
      "DATABASE_URL is not set. Set it to the database to import into (e.g. in .env), or use --dry-run to only check the file.",
    );
    return 2;
  }
  // First Ctrl-C: stop reading and write nothing (the stored data stays as it was). Second: quit at
  // once; PostgreSQL rolls back a replacement in flight, so the database stays consistent either way.
  const controller = new AbortController();
  process.on("SIGINT", () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write("\nStopping: nothing will be written (Ctrl-C again to quit at once) ...\n");
    controller.abort();
  });
  const display = createProgressDisplay(options.label, process.stderr);
  try {
    const summary = await options.run({
      args,
      databaseUrl: env.data.DATABASE_URL,
      signal: controller.signal,
      onProgress: args.json ? undefined : (p) => display.update(p),
    });
    display.done();
    console.log(args.json ? JSON.stringify(summary) : formatSummary(summary));
    // The profiles show the evidence: the running web server expires its cached copies.
    if (!summary.dryRun && !summary.interrupted) console.error((await notifyProfilesChanged({ all: true })).message);
    return summary.interrupted ? 130 : 0;
  } catch (e) {
    display.done();
    if (e instanceof CmsFatalError || e instanceof CmsUsageError) {
      console.error(e.message);
      return e instanceof CmsUsageError ? 2 : 1;
    }
    const err = e as { code?: string; message?: string };
    if (err.code === "ECONNREFUSED" || /^(28|3D|08)/.test(err.code ?? "")) {
      console.error(`Cannot use the database in DATABASE_URL: ${err.message?.split("\n")[0]}`);
      return 1;
    }
    throw e;
  }
}
