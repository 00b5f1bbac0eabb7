import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { inTransaction } from "@/lib/data/moderation";
import { AppError } from "@/lib/errors";
import type { VerificationMethod, VerificationState } from "@/lib/generated/prisma/enums";
import { refreshSearchColumns } from "@/lib/search-columns";

export type TVerifyCertificationInput = {
  certificationId: number;
  moderatorId: string;
  state: Extract<VerificationState, "VERIFIED" | "REJECTED">;
  method: VerificationMethod;
  /** What it was checked against, e.g. "ABPN Verify Certification, abpn.org" (shown on the profile). */
  source: string;
  note?: string;
};

/**
 * Records a moderator's check of one board certification (DOMAIN.md step 2: who checked, when, against
 * which source). VERIFIED makes it count for "verified only" searches; REJECTED removes it from the
 * provider's board areas altogether (refreshSearchColumns excludes rejected certifications).
 * Re-checking an already checked certification is allowed: a certificate can lapse or be renewed.
 */
export async function verifyCertification(opts: TVerifyCertificationInput): Promise<{ providerId: number }> {
  return inTransaction(async (tx) => {
    // The row lock holds off a concurrent edit approval that would replace this certification, so
    // the check is never recorded against a row that is gone by the time this commits.
    const rows = await tx.$queryRaw<Array<{ providerId: number; verificationState: VerificationState }>>`
      SELECT "providerId", "verificationState" FROM "Certification" WHERE id = ${opts.certificationId} FOR UPDATE`;
    const before = rows[0];
    if (!before)
      throw new AppError(
        "NOT_FOUND",
        "That certification no longer exists: the provider may have changed their profile. Reload the page.",
      );
    await tx.certification.update({
      where: { id: opts.certificationId },
      data: {
        verificationState: opts.state,
        verificationMethod: opts.method,
        verificationSource: opts.source,
        verificationNote: opts.note ?? null,
        verifiedById: opts.moderatorId,
        verifiedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actorId: opts.moderatorId,
      action: opts.state === "VERIFIED" ? "certification.verify" : "certification.reject",
      targetType: "certification",
      targetId: opts.certificationId,
      details: {
        providerId: before.providerId,
        from: before.verificationState,
        to: opts.state,
        method: opts.method,
        source: opts.source,
        ...(opts.note ? { note: opts.note } : {}),
      },
    });
    await refreshSearchColumns(tx, [before.providerId]);
    return { providerId: before.providerId };
  });
}
