import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/lib/i18n/client-messages";
import { MESSAGES, type TMessages } from "@/lib/i18n/messages";
import type { TLocale } from "@/lib/i18n/routing";

/**
 * Gives the client components below it the namespaces they read (useTranslations) besides the
 * site-wide ones (lib/i18n/client-messages.ts), so a page's form texts travel with that page only,
 * not with every page of the site. A server component; messages replace the outer provider's, so
 * the site-wide namespaces are passed on too.
 */
export function ScopedMessages({
  locale,
  namespaces,
  children,
}: {
  locale: TLocale;
  namespaces: ReadonlyArray<keyof TMessages>;
  children: React.ReactNode;
}) {
  const all = MESSAGES[locale];
  const messages = { ...clientMessages(locale), ...Object.fromEntries(namespaces.map((ns) => [ns, all[ns]])) };
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
