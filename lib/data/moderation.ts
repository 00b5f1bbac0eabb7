import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { sendMail } from "@/lib/data/mail";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fromPrismaError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProviderStatus, SubmissionKind } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/providers/format";
import { refreshSearchColumns } from "@/lib/search-columns";

// The moderation data layer. Every state change takes the acting moderator's id and writes the
// change, its audit entry and the refreshed search columns in ONE transaction, so search never
// shows a state the audit log does not explain. The caller (an /admin server action) has already
// checked the moderator role with requireModerator().

export type TTx = Prisma.TransactionClient;

/** Runs `fn` in a transaction, with Prisma's "missing row" / "duplicate" errors as AppErrors. */
export async function inTransaction<T>(fn: (tx: TTx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(fn);
  } catch (e) {
    throw fromPrismaError(e) ?? e;
  }
}

/**
 * E-mails a notice after the change has committed. A mail failure must not undo a suspension that
 * already happened, so it is logged and reported back instead of thrown.
 */
export async function notify(
  to: string | null | undefined,
  subject: string,
  lines: string[],
): Promise<boolean> {
  if (!to) return false;
  try {
    await sendMail({ to, subject, text: lines.join("\n") });
    return true;
  } catch (e) {
    console.error(`[moderation] could not e-mail "${subject}"`, e);
    return false;
  }
}

export type TModerationCounts = {
  submissions: Record<SubmissionKind, number>;
  openReports: number;
  recentConsultRequests: number;
  unverifiedCertifications: number;
  suspendedProviders: number;
};

export async function getModerationCounts(): Promise<TModerationCounts> {
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  const [byKind, openReports, recentConsultRequests, unverifiedCertifications, suspendedProviders] =
    await Promise.all([
      db.submission.groupBy({ by: ["kind"], where: { status: "PENDING" }, _count: { _all: true } }),
      db.report.count({ where: { status: "OPEN" } }),
      db.consultRequest.count({ where: { createdAt: { gte: weekAgo }, status: { not: "SPAM" } } }),
      db.certification.count({
        where: { verificationState: "UNVERIFIED", provider: { status: { in: ["PUBLISHED", "PENDING"] } } },
      }),
      db.provider.count({ where: { status: "SUSPENDED" } }),
    ]);
  const submissions: Record<SubmissionKind, number> = { NEW: 0, EDIT: 0, CLAIM: 0 };
  for (const row of byKind) submissions[row.kind] = row._count._all;
  return { submissions, openReports, recentConsultRequests, unverifiedCertifications, suspendedProviders };
}

type TStatusChange = { providerId: number; moderatorId: string; reason: string };

/**
 * Suspends a published provider: it leaves search (its SearchPoint rows go) and its public profile.
 * The conditional UPDATE is the guard: of two moderators suspending at once, one changes the row and
 * the other gets CONFLICT, so there is one audit entry and one e-mail.
 */
export async function suspendProvider(opts: TStatusChange): Promise<{ mailed: boolean }> {
  const provider = await changeStatus(opts, "PUBLISHED", "SUSPENDED", "provider.suspend");
  const mailed = await notify(provider.contactEmail, "Your NeckCare Finder listing is suspended", [
    "Hello,",
    "",
    `A NeckCare Finder moderator suspended the listing of ${provider.name} (NPI ${provider.npi}). It no longer appears in search results or on a public profile page.`,
    "",
    "The moderator's reason:",
    opts.reason,
    "",
    `To correct the listing, sign in at ${env().APP_URL}/sign-in and submit an edit; a moderator will review it.`,
  ]);
  return { mailed };
}

/** Returns a suspended provider to PUBLISHED (and to search). Only a suspended provider can be. */
export async function unsuspendProvider(opts: TStatusChange): Promise<{ mailed: boolean }> {
  const provider = await changeStatus(opts, "SUSPENDED", "PUBLISHED", "provider.unsuspend");
  const mailed = await notify(provider.contactEmail, "Your NeckCare Finder listing is visible again", [
    "Hello,",
    "",
    `A NeckCare Finder moderator reinstated the listing of ${provider.name} (NPI ${provider.npi}). It appears in search results again.`,
    "",
    "The moderator's note:",
    opts.reason,
  ]);
  return { mailed };
}

const STATUS_WORDS: Record<ProviderStatus, string> = {
  DRAFT: "a draft",
  PENDING: "pending review",
  PUBLISHED: "published",
  SUSPENDED: "already suspended",
};

async function changeStatus(opts: TStatusChange, from: ProviderStatus, to: ProviderStatus, action: string) {
  return inTransaction(async (tx) => {
    const { count } = await tx.provider.updateMany({
      where: { id: opts.providerId, status: from },
      data: { status: to },
    });
    const provider = await tx.provider.findUnique({
      where: { id: opts.providerId },
      select: {
        status: true,
        npi: true,
        firstName: true,
        lastName: true,
        suffix: true,
        credential: true,
        contactEmail: true,
      },
    });
    if (!provider) throw new AppError("NOT_FOUND", "That provider no longer exists.");
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        to === "SUSPENDED"
          ? `This provider is ${STATUS_WORDS[provider.status]}: only a published provider can be suspended.`
          : `This provider is ${provider.status === "PUBLISHED" ? "not suspended" : STATUS_WORDS[provider.status]}: only a suspended provider can be reinstated.`,
      );
    }
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action,
      targetType: "provider",
      targetId: opts.providerId,
      details: { providerId: opts.providerId, reason: opts.reason, from, to },
    });
    await refreshSearchColumns(tx, [opts.providerId]);
    return { ...provider, name: displayName(provider) };
  });
}
