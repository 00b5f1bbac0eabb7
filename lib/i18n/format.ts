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

/**
 * Both interface locales (en-US, es-US) write numbers alike: "1,234,567.5". Whole numbers and a fixed
 * count of decimals, the only forms the interface uses, are written here without Intl: a browser's
 * first Intl.NumberFormat loads ICU's number data, 40–90 ms of main thread on a fast desktop (four
 * times that under Lighthouse's mobile throttling), paid on every page load that formats one number
 * (a character counter, a distance). lib/i18n/format.test.ts checks this against Intl.
 */
function plainNumber(n: number, opts: Intl.NumberFormatOptions | undefined): string | null {
  const keys = opts ? Object.keys(opts) : [];
  let digits = 0;
  if (keys.length > 0) {
    const { minimumFractionDigits: min, maximumFractionDigits: max } = opts!;
    if (keys.some((k) => k !== "minimumFractionDigits" && k !== "maximumFractionDigits")) return null;
    if (min !== max || !Number.isInteger(min) || min! < 0 || min! > 3) return null;
    digits = min!;
  } else if (!Number.isInteger(n)) return null;
  // Negative numbers (never shown today; Intl writes "-0" for -0.04) and huge ones: Intl.
  if (!Number.isFinite(n) || n < 0 || Object.is(n, -0) || n >= 1e15) return null;
  const fixed = n.toFixed(digits);
  // Intl rounds half away from zero on the exact decimal value; toFixed does the same on the binary
  // value, which differs only for ties like 1.005: leave those to Intl.
  if (digits > 0 && Math.abs(n * 10 ** digits - Math.round(n * 10 ** digits)) > 0.4999) return null;
  const [whole, fraction] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

export const formatNumber = (n: number, locale: TLocale, opts?: Intl.NumberFormatOptions) =>
  plainNumber(n, opts) ?? numberFormat(locale, opts).format(n);

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
