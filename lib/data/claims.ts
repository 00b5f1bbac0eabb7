import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { displayName, profileUrl } from "@/lib/providers/format";
import type { TClaimPayload } from "@/lib/validation/claim";
import { recordAudit } from "./audit";
import { deliverAfterCommit, queueMail } from "./mail";
import { newReference } from "./submission-intake";

export type TClaimableListing = { id: number; name: string; profileUrl: string; npiLast4: string; claimable: boolean; reason: string | null };

/** A published listing as the claim page shows it; `claimable` says whether it can be claimed now. */
export async function getClaimableListing(opts: { id: number }): Promise<TClaimableListing | null> {
  const p = await db.provider.findFirst({
    where: { id: opts.id, status: "PUBLISHED" },
    select: { id: true, npi: true, firstName: true, lastName: true, suffix: true, credential: true, source: true, claimed: true },
  });
  if (!p) return null;
  // A pending claim does not close the listing to others (its NPI is public, so anyone could block
  // the real provider by claiming first): competing claims wait side by side for a moderator.
  const reason =
    p.source !== "NPPES_IMPORT" || p.claimed
      ? "This listing is already managed by its provider. If that is wrong, use “Report incorrect information” on the profile."
      : null;
  return { id: p.id, name: displayName(p), profileUrl: profileUrl(p), npiLast4: p.npi.slice(-4), claimable: reason === null, reason };
}

/**
 * Stores a claim of an unclaimed NPPES listing as a PENDING CLAIM submission for moderators. The
 * claimant must type the listing's NPI (a check that they know it, not proof: the moderator
 * verifies). On approval the listing gets its owner and is no longer overwritten by imports.
 */
export async function createClaim(opts: { providerId: number; userId: string; userEmail: string; npi: string }): Promise<{ reference: string }> {
  const result = await db.$transaction(async (tx) => {
    // Lock the listing row: two claims at once cannot both pass the "no pending claim" check.
    await tx.$queryRaw`SELECT id FROM "Provider" WHERE id = ${opts.providerId} FOR UPDATE`;
    const p = await tx.provider.findFirst({
      where: { id: opts.providerId, status: "PUBLISHED" },
      select: { id: true, npi: true, source: true, claimed: true, firstName: true, lastName: true, suffix: true, credential: true },
    });
    if (!p) throw new AppError("NOT_FOUND", "This listing does not exist or is not public.");
    if (p.source !== "NPPES_IMPORT" || p.claimed) throw new AppError("CONFLICT", "This listing is already managed by its provider.");
    if (p.npi !== opts.npi) throw new AppError("INVALID", "That NPI is not the one of this listing. Check it in your NPPES record.", { npi: "That NPI is not the one of this listing." });
    // One pending claim per claimant; other people's claims wait beside it (listCompetingClaims).
    const own = await tx.submission.findFirst({ where: { providerId: p.id, kind: "CLAIM", status: "PENDING", submittedById: opts.userId }, select: { id: true } });
    if (own) throw new AppError("CONFLICT", "Your claim of this listing is already waiting for a moderator.");
    const payload: TClaimPayload = { claim: { npi: p.npi, attestedAt: new Date().toISOString(), claimantEmail: opts.userEmail } };
    // One in a billion references collide; the unique index would then refuse the claim, and the
    // claimant can simply send it again (a retry inside this transaction is not possible).
    const created = await tx.submission.create({
      data: { reference: newReference(), kind: "CLAIM", status: "PENDING", providerId: p.id, submittedById: opts.userId, contactEmail: opts.userEmail, payload },
      select: { id: true, reference: true },
    });
    await recordAudit(tx, { actorId: opts.userId, action: "claim.submit", targetType: "submission", targetId: created.id, details: { providerId: p.id } });
    await queueMail(tx, {
      to: opts.userEmail,
      subject: `We received your claim ${created.reference}`,
      text: [
        `Thank you. Your claim of the listing "${displayName(p)}" (reference ${created.reference}) is waiting for a moderator.`,
        "",
        "We check claims against the public NPI registry and may contact you to confirm. Once it is approved you can keep the profile current from your account.",
      ].join("\n"),
    });
    return { reference: created.reference };
  });
  deliverAfterCommit();
  return { reference: result.reference };
}

export type TCompetingClaim = { id: number; reference: string; contactEmail: string; createdAt: Date };

/** The other pending claims of a listing, oldest first, for the moderator deciding one of them. */
export async function listCompetingClaims(opts: { providerId: number; exceptId: number }): Promise<TCompetingClaim[]> {
  return db.submission.findMany({
    where: { providerId: opts.providerId, kind: "CLAIM", status: "PENDING", id: { not: opts.exceptId } },
    orderBy: { createdAt: "asc" },
    select: { id: true, reference: true, contactEmail: true, createdAt: true },
  });
}
