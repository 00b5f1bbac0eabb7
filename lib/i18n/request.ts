// next-intl's request configuration: the messages of the page's language (the [locale] segment;
// server actions and route handlers pass theirs explicitly, see localeOrDefault).
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./routing";
import { MESSAGES } from "./messages";

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
