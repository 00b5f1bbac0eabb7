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

const MONTHS: Record<TLocale, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
};

/**
 * The long date of both interface locales, written without Intl for the same reason as numbers: a
 * page's first Intl.DateTimeFormat costs 10–20 ms of main thread on a fast desktop (40–75 ms under
 * Lighthouse's mobile throttling), and the checklist made one on every load for its "prepared on"
 * date. lib/i18n/format.test.ts checks every day of a year against Intl in both locales.
 */
function longDate(year: number, month: number, day: number, locale: TLocale): string {
  const name = MONTHS[locale][month]!;
  return locale === "es" ? `${day} de ${name} de ${year}` : `${name} ${day}, ${year}`;
}
// Years Intl writes plainly (no era, no sign, no padding): the interface's dates are all in these.
const plainYear = (y: number) => y >= 1000 && y <= 9999;

/** A calendar date as stored (UTC): "December 3, 2026" / "3 de diciembre de 2026". */
export function formatDate(
  d: Date | string | number,
  locale: TLocale,
  style: "long" | "medium" = "long",
): string {
  const date = new Date(d);
  if (style === "long" && plainYear(date.getUTCFullYear()))
    return longDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), locale);
  return dateFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(date);
}

/** Today's date on the reader's own clock (the checklist's "prepared on"). */
export function formatLocalDate(d: Date, locale: TLocale): string {
  if (plainYear(d.getFullYear())) return longDate(d.getFullYear(), d.getMonth(), d.getDate(), locale);
  return dateFormat(locale, { dateStyle: "long" }).format(d);
}

/** A distance in miles, one decimal under 10: "2.4 mi" / "2.4 mi". */
export function formatMiles(miles: number, locale: TLocale): string {
  const digits = miles < 10 ? 1 : 0;
  return `${formatNumber(miles, locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })} mi`;
}
