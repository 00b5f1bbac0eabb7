import { hasPublicDemoProviders } from "@/lib/data/site";

// The demo banner's switch. Every page carries the banner's markup, hidden by globals.css; this
// stylesheet, linked from the root layout's <head>, shows it while fictional demo providers are
// public. Asking here instead of in the layout keeps the pages themselves static (issue 15): a
// page the same for everyone is prerendered once, and the banner still follows the data. A
// stylesheet blocks rendering, so the banner never pops in and shifts the page.
export const dynamic = "force-dynamic";

const SHOW = "body .demo-banner { display: block; }\n";

export async function GET() {
  let demo: boolean | null;
  try {
    demo = await hasPublicDemoProviders();
  } catch {
    demo = null; // the database is unreachable: the pages still render, without the banner
  }
  return new Response(demo ? SHOW : "/* no demo data */\n", {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      // A browser asks again after a minute: demo data comes and goes with seeding, not per page.
      "Cache-Control": demo === null ? "no-store" : "public, max-age=60",
    },
  });
}
