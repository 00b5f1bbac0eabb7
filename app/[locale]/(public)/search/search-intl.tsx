import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import type { TLocale } from "@/lib/i18n/routing";

/**
 * The search's client components (search box, filters sheet, results list, map, saved shortlist)
 * read the `searchClient` messages: sent with /search and /compare only, not with every page as the
 * layout's CLIENT_NAMESPACES are. A nested provider replaces its parent's messages, so it carries
 * those too.
 */
export function SearchIntl({ locale, children }: { locale: TLocale; children: React.ReactNode }) {
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={{ ...clientMessages(locale), searchClient: MESSAGES[locale].searchClient }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
