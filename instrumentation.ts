// Runs once when the server starts (Next.js instrumentation hook):
// 0. checks the environment: a production server with a published AUTH_SECRET, or with neither
//    SMTP_URL nor MAIL_OUTBOX=1, stops here with one line saying why (lib/env.ts);
// 1. leaves the search API's handlers where the production server (scripts/server.mjs) finds them
//    (decision 0004), and what it needs to keep search pages (decision 0009);
// 2. delivers queued e-mail every minute and purges personal data past its retention time hourly;
// 3. starts loading the in-memory search index in the background, so the first searches need not
//    wait for it (decision 0003). A failure here is only logged: the first search loads it again,
//    and reports the error if it persists.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvironmentOrExit } = await import("./lib/env-check");
  checkEnvironmentOrExit();
  try {
    const { registerDirectRoutes, registerSearchPages } = await import("./lib/http/direct-routes");
    registerDirectRoutes();
    registerSearchPages();
  } catch (e) {
    // The server then passes the API to Next.js's route handlers, which report such an error per request.
    console.error(`Search API: not registered for the production server (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!process.env.DATABASE_URL) return;
  // E-mail queued by changes that committed and not yet delivered (a failed attempt, or a process
  // that stopped between a commit and its delivery) goes out from here (lib/data/mail.ts).
  const { deliverMail } = await import("./lib/data/mail");
  const drain = () => deliverMail({}).catch((e: unknown) => console.error(`Mail: delivery failed (${e instanceof Error ? e.message : String(e)}); will try again.`));
  setTimeout(drain, 5_000).unref();
  setInterval(drain, 60_000).unref();
  // Personal data past its retention time (lib/content/retention.ts, stated on /privacy) is deleted
  // hourly, the first time a minute after the start.
  const { purgeExpiredData } = await import("./lib/data/retention");
  const purge = () =>
    purgeExpiredData().then(
      (counts) => {
        const gone = Object.entries(counts).filter(([, n]) => n > 0);
        if (gone.length) console.log(`Retention: deleted ${gone.map(([k, n]) => `${n} ${k}`).join(", ")}.`);
      },
      (e: unknown) => console.error(`Retention: purge failed (${e instanceof Error ? e.message : String(e)}); will try again.`),
    );
  setTimeout(purge, 60_000).unref();
  setInterval(purge, 3_600_000).unref();
  const { searchIndexEnabled, syncIndex } = await import("./lib/search/index-sync");
  const failed = (e: unknown) => console.error(`Search index: not loaded (${e instanceof Error ? e.message : String(e)}); searches will try again.`);
  try {
    if (!searchIndexEnabled()) return;
  } catch (e) {
    return failed(e); // an invalid environment, e.g. SEARCH_INDEX=fast
  }
  const t0 = Date.now();
  syncIndex().then(
    (index) => console.log(`Search index: ${index.providers.toLocaleString("en-US")} providers, ${index.points.toLocaleString("en-US")} locations, loaded in ${Date.now() - t0} ms.`),
    failed,
  );
}
