import { NextIntlClientProvider } from "next-intl";
import { ChecklistBuilder } from "@/components/checklist/checklist-builder";
import type { TChecklistProvider } from "@/lib/checklist/provider";
import { checklistTexts } from "@/lib/checklist/texts";
import { clientMessages } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import type { TLocale } from "@/lib/i18n/routing";
import { getProviderAction, searchProvidersAction } from "./actions";

/**
 * The checklist page in `locale`, for both of its routes (./page.tsx, ./provider/page.tsx). The
 * builder is a client component: it gets its words in this language only, as props (questions,
 * self-check, medical wording, paper) and, for its buttons and messages, the "checklist" message
 * namespace through a provider around this page alone (not on every page, as CLIENT_NAMESPACES would).
 */
export function ChecklistShell({
  locale,
  provider,
  providerMessage,
}: {
  locale: TLocale;
  provider: TChecklistProvider | null;
  providerMessage: string | null;
}) {
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={{ ...clientMessages(locale), checklist: MESSAGES[locale].checklist }}
    >
      <div className="container">
        <ChecklistBuilder
          texts={checklistTexts(locale)}
          initialProvider={provider}
          providerMessage={providerMessage}
          actions={{ searchProviders: searchProvidersAction, getProvider: getProviderAction }}
        />
      </div>
    </NextIntlClientProvider>
  );
}
