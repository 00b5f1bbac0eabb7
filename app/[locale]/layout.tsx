import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBanner } from "@/components/demo-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, LOCALES } from "@/lib/i18n/routing";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "common.meta" });
  return {
    title: { default: t("title"), template: `%s · NeckCare Finder` },
    description: t("description"),
    // Canonical and social-card addresses are absolute on this base (APP_URL at build time for the
    // prerendered pages; profiles read it when rendered).
    metadataBase: new URL(process.env.APP_URL || "http://localhost:3000"),
    openGraph: { siteName: "NeckCare Finder", type: "website", locale: locale === "es" ? "es_US" : "en_US" },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5f73" };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Static: nothing here depends on the request or the database, so pages that are the same for
  // everyone (home, checklist) are prerendered in each language (issue 15). The demo banner is
  // always in the markup, hidden; /site/demo.css shows it while fictional demo providers are public.
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <head>
        {/* eslint-disable-next-line @next/next/no-css-tags -- a switch answered per minute, not a bundled stylesheet */}
        <link rel="stylesheet" href="/site/demo.css" />
      </head>
      <body>
        {/* Client components get only the namespaces they use (lib/i18n/client-messages.ts), not every page's text. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages(locale)}>
          <SiteHeader />
          <DemoBanner />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
