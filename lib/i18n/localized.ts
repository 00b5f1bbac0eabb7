// Text that is data (medical statements, checklist questions, filter labels): one record per
// entry with every language, so TypeScript refuses an entry missing a language, and code outside
// React (the checklist's PDF, e-mails) can pick its language without next-intl.
import type { TLocale } from "./routing";

export type TLocalized = Readonly<Record<TLocale, string>>;

export const pick = (text: TLocalized, locale: TLocale): string => text[locale];
