import type { Metadata, Viewport } from "next";
import { DemoBanner } from "@/components/demo-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "NeckCare Finder: doctors for botulinum toxin neck injections", template: "%s · NeckCare Finder" },
  description:
    "Find doctors near you who may offer botulinum toxin injections in the neck, compare board certification, experience and reviews, and prepare for your consultation.",
  // Canonical and social-card addresses are absolute on this base (APP_URL at build time for the
  // prerendered pages; profiles read it when rendered).
  metadataBase: new URL(process.env.APP_URL || "http://localhost:3000"),
  openGraph: { siteName: "NeckCare Finder", type: "website", locale: "en_US" },
  twitter: { card: "summary" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5f73" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // Static: nothing here depends on the request or the database, so pages that are the same for
  // everyone (home, checklist) are prerendered (issue 15). The demo banner is always in the markup,
  // hidden; /site/demo.css shows it while fictional demo providers are public.
  return (
    <html lang="en">
      <head>
        {/* eslint-disable-next-line @next/next/no-css-tags -- a switch answered per minute, not a bundled stylesheet */}
        <link rel="stylesheet" href="/site/demo.css" />
      </head>
      <body>
        <SiteHeader />
        <DemoBanner />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
