// How long personal data is kept, in one place: lib/data/retention.ts applies these figures and the
// privacy page (/privacy) and the forms state them from here. The figures have no language;
// retentionFor(locale) returns them with `days(n)` ("180 days" / "180 días") for the pages (issue 19).
// (Only a type comes from lib/i18n: the auth and the hourly purge import this file too.)
import type { TLocale } from "@/lib/i18n/routing";

export const RETENTION = {
  /** Consultation requests, with the patient's name, contact details and message. */
  consultRequestDays: 180,
  /** E-mails in the outbox table once delivered (or given up): copies of requests, receipts, notices. */
  sentEmailDays: 30,
  /** Messages to the moderators, after a moderator closed them. */
  closedContactMessageDays: 90,
  /** Reviews whose confirmation link was never opened, after the link expired. */
  unconfirmedReviewDays: 7,
  /** Rate-limit counters (keyed hashes of networks and addresses). */
  rateLimitDays: 2,
  /** Failed moderator sign-ins (keyed hash of the address), after the last failure. */
  signInFailureDays: 1,
} as const;

/** A deletion request is carried out within this many days (the sender's receipt promises it). */
export const DELETION_DAYS = 30;


/** A provider's or moderator's session (and its cookie) lasts this long (lib/auth/auth.ts). */
export const SESSION_DAYS = 7;

const DAY_WORDS: Record<TLocale, { one: string; other: string }> = {
  en: { one: "day", other: "days" },
  es: { one: "día", other: "días" },
};

/** The figures, and "n days" in a language. */
export function retentionFor(locale: TLocale) {
  return {
    RETENTION,
    DELETION_DAYS,
    SESSION_DAYS,
    days: (n: number) => `${n} ${n === 1 ? DAY_WORDS[locale].one : DAY_WORDS[locale].other}`,
  };
}
