// A page's canonical address and its other-language versions (<link rel="alternate" hreflang>),
// for generateMetadata: `alternates: alternatesFor("/search", locale)`.
import type { Metadata } from "next";
import { DEFAULT_LOCALE, isEnglishOnlyPath, LOCALES, localizedPath, type TLocale } from "./routing";

export function alternatesFor(path: string, locale: TLocale): NonNullable<Metadata["alternates"]> {
  if (isEnglishOnlyPath(path)) return { canonical: path };
  return {
    canonical: localizedPath(path, locale),
    languages: {
      ...Object.fromEntries(LOCALES.map((l) => [l, localizedPath(path, l)])),
      "x-default": localizedPath(path, DEFAULT_LOCALE),
    },
  };
}
