import "server-only";
import { createTranslator } from "next-intl";
import { consultFor } from "@/lib/content/consult";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fromPrismaError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, localizedPath, type TLocale } from "@/lib/i18n/routing";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import { displayName, profileUrl } from "@/lib/providers/format";
import { newConsultReference } from "@/lib/reference";
import {
  REFERRAL_LABELS,
  REFERRAL_MISSING_TEXT,
  referralLabels,
  type TConsultRequest,
  type TReferralAnswer,
} from "@/lib/validation/consult-request";
import { deliverAfterCommit, queueMail, sendMail } from "./mail";

/**
 * How the request reached the practice: "sent" (e-mailed), "saved" (e-mail failed; stored, status NEW,
 * for moderators to forward), "moderators" (the practice gave no address; stored for moderators).
 */
export type TConsultDelivery = "sent" | "saved" | "moderators";

export type TConsultResult = {
  /** Random, shown to the patient (lib/reference.ts); the sequential id is never shown. */
  reference: string;
  providerName: string;
  delivery: TConsultDelivery;
  duplicate: boolean;
  /** The practice's usual reply time in working days; null: not stated. */
  replyDays: number | null;
  /** Whether a copy was queued to the patient's e-mail address. */
  copySent: boolean;
};

/** A resubmission of the same request from the same network within this time returns the first one. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

type TStored = {
  id: number;
  reference: string;
  duplicate: boolean;
  delivered: boolean;
  providerName: string;
  providerPath: string;
  recipient: string | null;
  location: string | null;
  replyDays: number | null;
  copySent: boolean;
};

type TTx = Prisma.TransactionClient;

/**
 * Stores a consultation request for a published provider and e-mails it to the practice.
 * The row is written in one transaction that also checks the provider and location (claimed or
 * submitted listings only, a location accepting new patients, the referral answer where one is
 * needed) and queues the patient's copy; the e-mail to the practice is sent after the commit (a slow
 * mail server must not hold the transaction), and the row is marked DELIVERED only once the mail
 * server accepted the message. A failed send keeps the request as NEW.
 * Rate limits are the caller's job (the server action counts per network and per provider).
 * `locale` is the language of the page the patient used: their copy and the errors they read are
 * in it (issue 19); the practice's e-mail stays English, like the provider area.
 */
export async function createConsultRequest(opts: {
  input: TConsultRequest;
  networkHash: string;
  locale?: TLocale;
}): Promise<TConsultResult> {
  const { input } = opts;
  const stored = await storeWithUniqueReference(opts);

  const result = (delivery: TConsultDelivery): TConsultResult => ({
    reference: stored.reference,
    providerName: stored.providerName,
    delivery,
    duplicate: stored.duplicate,
    replyDays: stored.replyDays,
    copySent: stored.copySent,
  });
  if (!stored.recipient) {
    if (!stored.duplicate) deliverAfterCommit(); // the patient's copy
    return result("moderators");
  }
  // A repeated submission was already handled the first time: never e-mail the practice twice.
  if (stored.duplicate) return result(stored.delivered ? "sent" : "saved");

  // The practice's e-mail first, then the patient's copy (queued with the row) goes out.
  const sent = await sendToPractice(stored, input);
  deliverAfterCommit();
  return result(sent);
}

async function sendToPractice(stored: TStored, input: TConsultRequest): Promise<TConsultDelivery> {
  if (!stored.recipient) return "moderators";
  try {
    await sendMail({
      to: stored.recipient,
      subject: `Consultation request from NeckCare Finder (reference ${stored.reference})`,
      text: consultMailText(stored, input),
      // The practice answers the patient directly; the site never relays replies.
      replyTo: input.email || undefined,
    });
  } catch (e) {
    console.error(
      `consult request ${stored.id}: e-mail to the practice failed; kept as NEW for moderators`,
      e,
    );
    return "saved";
  }
  try {
    await db.consultRequest.update({
      where: { id: stored.id },
      data: { status: "DELIVERED", deliveredAt: new Date() },
    });
  } catch (e) {
    // The practice has the e-mail; only the bookkeeping failed. Logged so moderators do not resend.
    console.error(`consult request ${stored.id}: sent, but marking it delivered failed`, e);
  }
  return "sent";
}

/** The transaction, again with a fresh reference on the (about one in a trillion) collision. */
async function storeWithUniqueReference(opts: {
  input: TConsultRequest;
  networkHash: string;
  locale?: TLocale;
}): Promise<TStored> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => store(tx, { ...opts, reference: newConsultReference() }));
    } catch (e) {
      if (fromPrismaError(e)?.code !== "CONFLICT" || attempt >= 3) throw e;
    }
  }
}

async function store(
  tx: TTx,
  opts: { input: TConsultRequest; networkHash: string; reference: string; locale?: TLocale },
): Promise<TStored> {
  const { input, networkHash } = opts;
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "profileActions" });
  const provider = await tx.provider.findFirst({
    where: { id: input.providerId, status: "PUBLISHED" },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      suffix: true,
      credential: true,
      source: true,
      claimed: true,
      consultReplyDays: true,
      contactEmail: true,
      owner: { select: { email: true } },
      locations: {
        select: {
          id: true,
          practiceName: true,
          city: true,
          state: true,
          phone: true,
          acceptingNewPatients: true,
          referralRequired: true,
        },
        orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
      },
    },
  });
  if (!provider) throw new AppError("NOT_FOUND", t("consult.gone"));
  // The registry does not say whether an unclaimed listing takes patients, and gives no address to
  // send a request to: the profile offers no form, and a hand-made post is refused alike.
  if (isUnclaimedImport(provider)) throw new AppError("CONFLICT", consultFor(locale).UNCLAIMED_CONSULT_TEXT);
  const accepting = provider.locations.filter((l) => l.acceptingNewPatients);
  if (accepting.length === 0) throw new AppError("CONFLICT", consultFor(locale).NOT_ACCEPTING_TEXT);
  const location =
    input.locationId === undefined ? accepting[0] : provider.locations.find((l) => l.id === input.locationId);
  if (!location) {
    throw new AppError("INVALID", t("consult.chooseLocation"), { locationId: t("consult.chooseLocation") });
  }
  if (!location.acceptingNewPatients) {
    const message = t("consult.locationClosed");
    throw new AppError("INVALID", message, { locationId: message });
  }
  const referral: TReferralAnswer | null = location.referralRequired ? (input.referral ?? null) : null;
  if (location.referralRequired && !referral)
    throw new AppError("INVALID", t("correct"), { referral: REFERRAL_MISSING_TEXT[locale] });

  // Serialises requests from one network to one provider, so a double submission cannot slip two
  // identical rows past the duplicate check below (the lock ends with the transaction).
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`consult:${provider.id}:${networkHash}`}))`;
  const same = await tx.consultRequest.findFirst({
    where: {
      providerId: provider.id,
      networkHash,
      patientName: input.name,
      patientEmail: input.email || null,
      patientPhone: input.phone || null,
      message: input.message,
      createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) },
    },
    select: { id: true, status: true, reference: true },
    orderBy: { id: "desc" },
  });
  const row =
    same ??
    (await tx.consultRequest.create({
      data: {
        reference: opts.reference,
        providerId: provider.id,
        locationId: location.id,
        patientName: input.name,
        patientEmail: input.email || null,
        patientPhone: input.phone || null,
        preferredTimes: input.preferredTimes || null,
        message: input.message,
        referral: referral === "have" ? "HAVE" : referral === "not-yet" ? "NOT_YET" : null,
        consent: input.consent,
        status: "NEW",
        networkHash,
      },
      select: { id: true, status: true, reference: true },
    }));
  const recipient = provider.contactEmail || provider.owner?.email || null;
  const stored: TStored = {
    id: row.id,
    reference: row.reference,
    duplicate: Boolean(same),
    delivered: row.status === "DELIVERED",
    providerName: displayName(provider),
    providerPath: profileUrl(provider),
    recipient,
    location: `${location.practiceName}, ${location.city}, ${location.state}`,
    replyDays: provider.consultReplyDays,
    copySent: Boolean(input.email),
  };
  // The patient's copy, in this transaction: it exists exactly when the request does.
  if (!same && input.email) {
    await queueMail(tx, patientCopy(stored, input, { phone: location.phone, demo: provider.source === "DEMO", referral, locale }));
  }
  return stored;
}

function requestLines(input: TConsultRequest, referral: TReferralAnswer | null | undefined): string[] {
  const lines = [
    `Name: ${input.name}`,
    `E-mail: ${input.email || "(not given)"}`,
    `Phone: ${input.phone || "(not given)"}`,
    `Preferred times: ${input.preferredTimes || "(not given)"}`,
  ];
  if (referral) lines.push(`Referral: ${REFERRAL_LABELS[referral]}`);
  return lines;
}

/** The e-mail to the practice: plain text, the patient's details exactly as typed (never HTML). */
function consultMailText(s: TStored, input: TConsultRequest): string {
  const lines = [
    `A patient asked for a consultation with ${s.providerName} through NeckCare Finder.`,
    "",
    ...requestLines(input, input.referral),
  ];
  if (s.location) lines.push(`Location: ${s.location}`);
  lines.push(
    "",
    "Message:",
    input.message,
    "",
    "Please contact the patient directly. These contact details are private: NeckCare Finder shows them",
    "only to you and to our moderators, and never on your public profile.",
    "",
    `Reference: ${s.reference}`,
    `Your profile: ${new URL(s.providerPath, env().APP_URL).toString()}`,
  );
  return lines.join("\n");
}

/**
 * The patient's copy, in the language of the page they used: what they sent (exactly as typed), the
 * reference, when to expect an answer, and how to have it deleted (links to that language's pages).
 */
export function patientCopy(
  s: Pick<TStored, "providerName" | "location" | "reference" | "recipient" | "replyDays">,
  input: TConsultRequest,
  extra: { phone: string | null; demo: boolean; referral: TReferralAnswer | null; locale: TLocale },
): { to: string; subject: string; text: string } {
  const { locale } = extra;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "patientMail.consult" });
  const url = (path: string) => new URL(localizedPath(path, locale), env().APP_URL).toString();
  const given = (value: string | undefined) => value || t("notGiven");
  const lines = [
    t("hello", { name: input.name }),
    "",
    t("copy", { provider: s.providerName, location: s.location ?? "" }),
    "",
    t("reference", { reference: s.reference }),
    "",
    s.recipient ? t("sending") : t("moderators"),
    consultFor(locale).replyTimeText(s.replyDays),
  ];
  if (extra.phone) lines.push(t("call", { phone: extra.phone }));
  if (extra.demo) lines.push("", t("demo"));
  lines.push(
    "",
    t("yourRequest"),
    t("name", { value: input.name }),
    t("email", { value: given(input.email) }),
    t("phone", { value: given(input.phone) }),
    t("times", { value: given(input.preferredTimes) }),
  );
  if (extra.referral) lines.push(t("referral", { value: referralLabels(locale)[extra.referral] }));
  lines.push(
    t("message"),
    input.message,
    "",
    t("emergency"),
    t("noAdvice"),
    "",
    t("privacy", { url: url("/privacy") }),
    t("delete", { url: url("/contact?topic=delete") }),
  );
  return {
    to: input.email,
    subject: t("subject", { name: s.providerName, reference: s.reference }),
    text: lines.join("\n"),
  };
}
