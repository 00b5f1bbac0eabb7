import { setRequestLocale } from "next-intl/server";
import { localeOrDefault } from "@/lib/i18n/routing";
import type { Metadata } from "next";
import { ChecklistBuilder } from "@/components/checklist/checklist-builder";
import { getProviderAction, searchProvidersAction } from "./actions";
import { checklistMetadata } from "./metadata";

export const metadata: Metadata = { ...checklistMetadata, alternates: { canonical: "/checklist" } };

// The same for everyone, so prerendered once and served from cache (issue 15). The checklist itself
// lives in the URL fragment and the browser's storage, which the server never sees. A link with a
// doctor (`?provider=…`) is rewritten to ./provider (next.config.js), which looks the doctor up.
export default async function ChecklistPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(localeOrDefault((await params).locale));
  return (
    <div className="container">
      <ChecklistBuilder
        initialProvider={null}
        providerMessage={null}
        actions={{ searchProviders: searchProvidersAction, getProvider: getProviderAction }}
      />
    </div>
  );
}
