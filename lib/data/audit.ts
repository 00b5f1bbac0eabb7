import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type TTx = Prisma.TransactionClient;

export type TAuditEntry = {
  actorId: string | null;
  /** e.g. "submission.approve", "certification.verify", "provider.suspend" */
  action: string;
  targetType:
    | "provider"
    | "submission"
    | "certification"
    | "review"
    | "reply"
    | "recommendation"
    | "report"
    | "consult-request"
    | "contact-message"
    | "user"
    | "sign-in-address";
  targetId: string | number;
  details?: Prisma.InputJsonValue;
};

/**
 * Appends to the audit log. Always called inside the transaction of the action it records, so an
 * action and its log entry exist together or not at all.
 */
export async function recordAudit(tx: TTx, entry: TAuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      details: entry.details,
    },
  });
}
