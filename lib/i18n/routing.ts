// The interface languages (issue 19). English is unprefixed, so every link made before Spanish
// existed keeps working; Spanish lives under /es. next.config.js maps the unprefixed paths onto the
// app/[locale] tree (no proxy on the request path: the pages benchmark of issue 15 holds) and sends
// the provider and moderator areas, which are English only for now, to their English address.
import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "es"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  // The language is the one in the address; nobody is redirected by their browser's settings.
  localeDetection: false,
  alternateLinks: false,
});

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A form's `locale` field, or the default: server actions have no [locale] segment to read. */
export function localeOrDefault(value: unknown): TLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The BCP 47 tag for Intl formatting: US conventions in both languages (the directory is US-only). */
export const INTL_LOCALE: Record<TLocale, string> = { en: "en-US", es: "es-US" };

/** Paths that exist in English only (provider and moderator areas): /es/... goes to the English address. */
export const ENGLISH_ONLY_PREFIXES = ["/admin", "/account", "/sign-in", "/providers/new"] as const;
export const ENGLISH_ONLY_PATTERNS = [/^\/providers\/[^/]+\/claim(?:\/|$)/] as const;

export function isEnglishOnlyPath(pathname: string): boolean {
  return (
    ENGLISH_ONLY_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ||
    ENGLISH_ONLY_PATTERNS.some((re) => re.test(pathname))
  );
}

/** The address of `pathname` (unprefixed, starting with "/") in `locale`. */
export function localizedPath(pathname: string, locale: TLocale): string {
  if (locale === DEFAULT_LOCALE || isEnglishOnlyPath(pathname)) return pathname;
  return pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
}
