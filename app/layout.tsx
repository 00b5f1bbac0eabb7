import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { DemoBanner } from "@/components/demo-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { hasPublicDemoProviders } from "@/lib/data/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "NeckCare Finder: doctors for botulinum toxin neck injections", template: "%s · NeckCare Finder" },
  description:
    "Find doctors near you who may offer botulinum toxin injections in the neck, compare board certification, experience and reviews, and prepare for your consultation.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5f73" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request (never frozen at build time): the banner reflects the data, so on a site
  // with demo providers every page says so.
  await connection();
  const demo = await hasPublicDemoProviders().catch(() => false);
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        {demo ? <DemoBanner /> : null}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
