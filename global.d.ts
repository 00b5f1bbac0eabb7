// next-intl's types: message keys and locales are checked at compile time.
import type { TMessages } from "@/lib/i18n/messages";
import type { TLocale } from "@/lib/i18n/routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
  }
}
