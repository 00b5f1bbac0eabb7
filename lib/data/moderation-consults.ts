import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { inTransaction } from "@/lib/data/moderation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ConsultRequestStatus } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/providers/format";

export type TModerationConsultRequest = {
  id: number;
  /** What the patient was shown and may quote. */
  reference: string;
  createdAt: Date;
  status: ConsultRequestStatus;
  deliveredAt: Date | null;
  provider: { id: number; name: string };
  practice: string | null;
  /** Patient contact details: private, shown to moderators here and to the provider only. */
  patientName: string;
  patientEmail: string | null;
  patientPhone: string | null;
  preferredTimes: string | null;
  message: string;
  /** Requests from the same (hashed) network in the 24 hours up to this one, itself included: a spam signal. */
  sameNetworkDay: number;
};

/** Recent consultation requests, newest first, for spotting spam. */
export async function listConsultRequestsForModeration(
  opts: { limit?: number } = {},
): Promise<TModerationConsultRequest[]> {
  const rows = await db.consultRequest.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 50,
    select: {
      id: true,
      reference: true,
      createdAt: true,
      status: true,
      deliveredAt: true,
      patientName: true,
      patientEmail: true,
      patientPhone: true,
      preferredTimes: true,
      message: true,
      networkHash: true,
      provider: { select: { id: true, firstName: true, lastName: true, suffix: true, credential: true } },
      location: { select: { practiceName: true, city: true, state: true } },
    },
  });
  const hashes = [...new Set(rows.map((r) => r.networkHash).filter((h): h is string => Boolean(h)))];
  const oldest = rows.at(-1)?.createdAt ?? new Date();
  // One query for the counts: every request from these networks since a day before the oldest row.
  const sameNetwork = hashes.length
    ? await db.consultRequest.findMany({
        where: { networkHash: { in: hashes }, createdAt: { gte: new Date(oldest.getTime() - 86_400_000) } },
        select: { networkHash: true, createdAt: true },
      })
    : [];
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    createdAt: r.createdAt,
    status: r.status,
    deliveredAt: r.deliveredAt,
    provider: { id: r.provider.id, name: displayName(r.provider) },
    practice: r.location ? `${r.location.practiceName}, ${r.location.city}, ${r.location.state}` : null,
    patientName: r.patientName,
    patientEmail: r.patientEmail,
    patientPhone: r.patientPhone,
    preferredTimes: r.preferredTimes,
    message: r.message,
    sameNetworkDay: r.networkHash
      ? sameNetwork.filter(
          (s) =>
            s.networkHash === r.networkHash &&
            s.createdAt <= r.createdAt &&
            s.createdAt.getTime() > r.createdAt.getTime() - 86_400_000,
        ).length
      : 0,
  }));
}

/** Marks a consultation request as spam. A request already marked is a CONFLICT, not a second entry. */
export async function markConsultRequestSpam(opts: { id: number; moderatorId: string }): Promise<void> {
  await inTransaction(async (tx) => {
    const { count } = await tx.consultRequest.updateMany({
      where: { id: opts.id, status: { not: "SPAM" } },
      data: { status: "SPAM" },
    });
    const row = await tx.consultRequest.findUnique({ where: { id: opts.id }, select: { providerId: true } });
    if (!row) throw new AppError("NOT_FOUND", "That consultation request no longer exists.");
    if (count === 0) throw new AppError("CONFLICT", "This consultation request is already marked as spam.");
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: "consult-request.spam",
      targetType: "consult-request",
      targetId: opts.id,
      details: { providerId: row.providerId },
    });
  });
}
