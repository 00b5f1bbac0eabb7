import "server-only";
import type { TAuditRow } from "@/lib/admin/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type { TAuditRow };

const select = {
  id: true,
  createdAt: true,
  action: true,
  targetType: true,
  targetId: true,
  details: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

function toRow(r: Prisma.AuditLogGetPayload<{ select: typeof select }>): TAuditRow {
  const details =
    r.details && typeof r.details === "object" && !Array.isArray(r.details)
      ? (r.details as Record<string, unknown>)
      : {};
  const fromDetails = typeof details.providerId === "number" ? details.providerId : null;
  return {
    id: r.id,
    createdAt: r.createdAt,
    actor: r.actor ? `${r.actor.name} <${r.actor.email}>` : null,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    providerId: r.targetType === "provider" ? Number(r.targetId) : fromDetails,
    details,
  };
}

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first (the id orders entries written in the same millisecond). */
export async function listAuditEntries(opts: {
  page: number;
  pageSize?: number;
}): Promise<{ total: number; entries: TAuditRow[] }> {
  const take = opts.pageSize ?? AUDIT_PAGE_SIZE;
  const [total, rows] = await Promise.all([
    db.auditLog.count(),
    db.auditLog.findMany({ select, orderBy: { id: "desc" }, skip: (opts.page - 1) * take, take }),
  ]);
  return { total, entries: rows.map(toRow) };
}

/**
 * The recent entries about one provider: those targeting it, and those whose details name it
 * (certification checks, reports, consultation requests, submissions).
 */
export async function listProviderAudit(opts: {
  providerId: number;
  certificationIds: number[];
  limit?: number;
}): Promise<TAuditRow[]> {
  const rows = await db.auditLog.findMany({
    where: {
      OR: [
        { targetType: "provider", targetId: String(opts.providerId) },
        { targetType: "certification", targetId: { in: opts.certificationIds.map(String) } },
        { details: { path: ["providerId"], equals: opts.providerId } },
      ],
    },
    select,
    orderBy: { id: "desc" },
    take: opts.limit ?? 20,
  });
  return rows.map(toRow);
}
