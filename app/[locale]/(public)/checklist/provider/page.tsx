import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { TChecklistProvider } from "@/lib/checklist/provider";
import { getChecklistProvider } from "@/lib/data/checklist";
import { localeOrDefault } from "@/lib/i18n/routing";
import { ZProviderIdParam } from "@/lib/validation/checklist";
import { checklistMetadata } from "../metadata";
import { ChecklistShell } from "../shell";

// `/checklist?provider=…` (and `/es/checklist?provider=…`) land here (a rewrite in next.config.js):
// the doctor is looked up per request, while plain `/checklist` (../page.tsx) is prerendered once for
// everyone (issue 15).
type TProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return checklistMetadata(localeOrDefault((await params).locale));
}

export default async function ChecklistProviderPage({ params, searchParams }: TProps) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "checklist.notices" });
  // Only `provider` (public directory data) is read on the server. The checklist itself lives in the
  // URL fragment and the browser's storage, which the server never sees.
  const raw = (await searchParams).provider;
  let provider: TChecklistProvider | null = null;
  let providerMessage: string | null = null;
  if (raw !== undefined) {
    const parsed = ZProviderIdParam.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (!parsed.success) {
      providerMessage = t("providerInvalid");
    } else {
      const found = await getChecklistProvider({ id: parsed.data, locale }).catch((e: unknown) => {
        console.error("checklist: provider lookup failed", e);
        return undefined;
      });
      provider = found ?? null;
      if (found === undefined) providerMessage = t("providerUnavailable");
      else if (!found) providerMessage = t("providerNotFound");
    }
  }
  return <ChecklistShell locale={locale} provider={provider} providerMessage={providerMessage} />;
}
