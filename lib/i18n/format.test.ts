import { describe, expect, it } from "vitest";
import { formatDate, formatLocalDate, formatMiles, formatNumber } from "./format";
import { INTL_LOCALE, LOCALES } from "./routing";

// formatNumber writes whole numbers and fixed decimals itself (no Intl in the browser at page load);
// it must write exactly what Intl.NumberFormat writes in both interface locales.
const WHOLE = [
  0, 1, 7, 12, 999, 1000, 1001, 9999, 12345, 100000, 999999, 1000000, 1234567, 2147483647, -1, -1234, -0,
];
const DECIMALS = [
  0, 0.04, 0.05, 0.06, 0.25, 0.95, 0.96, 1.5, 2.44, 2.45, 9.95, 9.96, 12.34, 999.95, 1234.5, 1234.56, -2.5,
  -0.04,
];

describe("formatNumber", () => {
  for (const locale of LOCALES) {
    it(`writes whole numbers as Intl does (${locale})`, () => {
      const intl = new Intl.NumberFormat(INTL_LOCALE[locale]);
      for (const n of WHOLE) expect(formatNumber(n, locale)).toBe(intl.format(n));
    });
    it(`writes fixed decimals as Intl does (${locale})`, () => {
      for (const digits of [0, 1, 2]) {
        const opts = { minimumFractionDigits: digits, maximumFractionDigits: digits };
        const intl = new Intl.NumberFormat(INTL_LOCALE[locale], opts);
        for (const n of [...WHOLE, ...DECIMALS]) expect(formatNumber(n, locale, opts)).toBe(intl.format(n));
        let seed = 19;
        for (let i = 0; i < 2000; i++) {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          const n = (seed % 1000000) / 10 ** (1 + (i % 4));
          expect(formatNumber(n, locale, opts)).toBe(intl.format(n));
        }
      }
    });
    it(`leaves other forms to Intl (${locale})`, () => {
      expect(formatNumber(2.5, locale)).toBe(new Intl.NumberFormat(INTL_LOCALE[locale]).format(2.5));
      const pct = { style: "percent" } as const;
      expect(formatNumber(0.5, locale, pct)).toBe(
        new Intl.NumberFormat(INTL_LOCALE[locale], pct).format(0.5),
      );
    });
  }
  it("writes distances", () => {
    expect(formatMiles(2.44, "en")).toBe("2.4 mi");
    expect(formatMiles(0, "es")).toBe("0.0 mi");
    expect(formatMiles(1234.4, "en")).toBe("1,234 mi");
  });
});

// formatDate and formatLocalDate write the long date themselves (no Intl.DateTimeFormat in the
// browser at page load): exactly what Intl writes, every day of a leap year and a few others.
describe("formatDate", () => {
  const days = (year: number) =>
    Array.from({ length: year % 4 === 0 ? 366 : 365 }, (_, i) => new Date(Date.UTC(year, 0, 1 + i)));
  for (const locale of LOCALES) {
    it(`writes long dates as Intl does (${locale})`, () => {
      const utc = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" });
      const local = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long" });
      for (const d of [
        ...days(2028),
        ...days(1999),
        new Date(Date.UTC(9999, 11, 31)),
        new Date(Date.UTC(1000, 0, 1)),
      ]) {
        expect(formatDate(d, locale)).toBe(utc.format(d));
        expect(formatDate(d.toISOString(), locale)).toBe(utc.format(d));
        expect(formatDate(d.getTime(), locale)).toBe(utc.format(d));
        const noon = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
        expect(formatLocalDate(noon, locale)).toBe(local.format(noon));
      }
      // A time late in the UTC day is still that UTC day.
      expect(formatDate("2026-12-03T23:59:59Z", locale)).toBe(utc.format(new Date("2026-12-03T23:59:59Z")));
    });
    it(`leaves other dates and styles to Intl (${locale})`, () => {
      const medium = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone: "UTC" });
      expect(formatDate("2026-12-03", locale, "medium")).toBe(medium.format(new Date("2026-12-03")));
      const early = new Date(Date.UTC(999, 0, 1));
      early.setUTCFullYear(45);
      const utc = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "long", timeZone: "UTC" });
      expect(formatDate(early, locale)).toBe(utc.format(early));
      expect(() => formatDate("not a date", locale)).toThrow(RangeError);
    });
  }
});
