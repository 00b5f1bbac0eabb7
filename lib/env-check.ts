import { env } from "./env";

/** At server start (instrumentation.ts, Node.js only): a misconfigured server stops with one line. */
export function checkEnvironmentOrExit(): void {
  try {
    env();
  } catch (e) {
    console.error(`server: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
