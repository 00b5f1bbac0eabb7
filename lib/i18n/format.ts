// Numbers, dates and distances in the interface language (US conventions in both: "1,234.5" and
// "3 de diciembre de 2026"). Pure functions, for server and client components, the checklist's
// PDF and e-mails alike.
import { INTL_LOCALE, type TLocale } from "./routing";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: TLocale, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[locale], opts)));
  return f;
}
function dateFormat(locale: TLocale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], opts)));
  return f;
}

export const formatNumber = (n: number, locale: TLocale, opts?: Intl.NumberFormatOptions) =>
  numberFormat(locale, opts).format(n);

/** A calendar date as stored (UTC): "December 3, 2026" / "3 de diciembre de 2026". */
export const formatDate = (d: Date | string | number, locale: TLocale, style: "long" | "medium" = "long") =>
  dateFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(new Date(d));

/** Today's date on the reader's own clock (the checklist's "prepared on"). */
export const formatLocalDate = (d: Date, locale: TLocale) =>
  dateFormat(locale, { dateStyle: "long" }).format(d);

/** A distance in miles, one decimal under 10: "2.4 mi" / "2.4 mi". */
export function formatMiles(miles: number, locale: TLocale): string {
  const digits = miles < 10 ? 1 : 0;
  return `${formatNumber(miles, locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })} mi`;
}
