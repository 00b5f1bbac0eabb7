import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { localeOrDefault } from "@/lib/i18n/routing";
import { checklistMetadata } from "./metadata";
import { ChecklistShell } from "./shell";

type TProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return checklistMetadata(localeOrDefault((await params).locale));
}

// The same for everyone, so prerendered once per language and served from cache (issue 15). The
// checklist itself lives in the URL fragment and the browser's storage, which the server never sees.
// A link with a doctor (`?provider=…`) is rewritten to ./provider (next.config.js), which looks the
// doctor up.
export default async function ChecklistPage({ params }: TProps) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  return <ChecklistShell locale={locale} provider={null} providerMessage={null} />;
}
