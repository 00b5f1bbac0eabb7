import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProviderStatus, SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { displayName, profileUrl } from "@/lib/providers/format";
import { toProviderForm, type TProviderForm } from "@/lib/validation/provider-form";
import { ZStoredSubmission } from "@/lib/validation/provider-submission";
import { recordAudit } from "./audit";
import { mailAfterCommit, withUniqueReference } from "./submission-intake";
import { receivedMail } from "./submission-mail";
import { loadProfileForm, locateLocations, parsePayload } from "./submission-payload";

// A provider's own account. Every function takes the signed-in user's id (from the session, never
// from the request) and checks ownership itself: provider A can never read or change provider B.

type TTx = Prisma.TransactionClient;

export type TOwnProvider = {
  id: number;
  name: string;
  npi: string;
  status: ProviderStatus;
  lastConfirmedAt: Date | null;
  profileUrl: string | null;
  pendingEditReference: string | null;
};
export type TOwnSubmission = {
  id: number;
  reference: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  providerName: string;
  createdAt: Date;
  reviewedAt: Date | null;
  reason: string | null;
};

/** The provider, if `userId` owns it; FORBIDDEN when someone else does, NOT_FOUND when none exists. */
async function ownedProvider(tx: Pick<TTx, "provider">, userId: string, providerId: number) {
  const p = await tx.provider.findUnique({
    where: { id: providerId },
    select: { id: true, ownerId: true, npi: true, status: true },
  });
  if (!p) throw new AppError("NOT_FOUND", "This profile does not exist.");
  if (p.ownerId !== userId) throw new AppError("FORBIDDEN", "You can only change your own profile.");
  return p;
}

async function accountEmail(userId: string): Promise<{ email: string; verified: boolean }> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (!u) throw new AppError("UNAUTHORIZED", "Please sign in again.");
  return { email: u.email.toLowerCase(), verified: u.emailVerified };
}

export async function listOwnProviders(opts: { userId: string }): Promise<TOwnProvider[]> {
  const rows = await db.provider.findMany({
    where: { ownerId: opts.userId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      npi: true,
      firstName: true,
      lastName: true,
      suffix: true,
      credential: true,
      status: true,
      lastConfirmedAt: true,
      submissions: {
        where: { kind: "EDIT", status: "PENDING" },
        select: { reference: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    name: displayName(p),
    npi: p.npi,
    status: p.status,
    lastConfirmedAt: p.lastConfirmedAt,
    profileUrl: p.status === "PUBLISHED" ? profileUrl(p) : null,
    pendingEditReference: p.submissions[0]?.reference ?? null,
  }));
}

/**
 * The user's submissions: those sent while signed in, and those sent before signing in from the
 * same address (the magic-link sign-in proved the address is theirs).
 */
export async function listOwnSubmissions(opts: { userId: string }): Promise<TOwnSubmission[]> {
  const { email, verified } = await accountEmail(opts.userId);
  const rows = await db.submission.findMany({
    where: {
      OR: [
        { submittedById: opts.userId },
        ...(verified
          ? [{ submittedById: null, contactEmail: { equals: email, mode: "insensitive" as const } }]
          : []),
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      reference: true,
      kind: true,
      status: true,
      createdAt: true,
      reviewedAt: true,
      reason: true,
      payload: true,
    },
  });
  return rows.map((r) => {
    const parsed = ZStoredSubmission.safeParse(r.payload);
    return {
      id: r.id,
      reference: r.reference,
      kind: r.kind,
      status: r.status,
      createdAt: r.createdAt,
      reviewedAt: r.reviewedAt,
      reason: r.status === "REJECTED" ? r.reason : null,
      providerName: parsed.success ? displayName(parsed.data.identity) : "(profile)",
    };
  });
}

/** The edit form's start: the pending edit if there is one (so nothing typed is lost), else the published profile. */
export async function getOwnProviderForm(opts: {
  userId: string;
  providerId: number;
}): Promise<{ form: TProviderForm; name: string; pendingReference: string | null }> {
  await ownedProvider(db, opts.userId, opts.providerId);
  const pending = await db.submission.findFirst({
    where: { providerId: opts.providerId, kind: "EDIT", status: "PENDING" },
    orderBy: { createdAt: "desc" },
    select: { reference: true, payload: true },
  });
  const parsed = pending ? ZStoredSubmission.safeParse(pending.payload) : null;
  const form = parsed?.success ? toProviderForm(parsed.data) : await loadProfileForm(db, opts.providerId);
  if (!form) throw new AppError("NOT_FOUND", "This profile does not exist.");
  const i = form.identity;
  // The attestation is given again with every edit.
  return {
    form: { ...form, attestation: false },
    name: displayName(i),
    pendingReference: pending?.reference ?? null,
  };
}

/**
 * An edit of the user's own profile becomes a PENDING EDIT submission; the published profile stays
 * until a moderator approves it. A newer edit replaces (withdraws) an earlier pending one.
 */
export async function submitProviderEdit(opts: {
  userId: string;
  providerId: number;
  payload: unknown;
}): Promise<{ id: number; reference: string }> {
  const payload = parsePayload(opts.payload);
  const owned = await ownedProvider(db, opts.userId, opts.providerId);
  if (payload.identity.npi !== owned.npi) {
    const message = "The NPI of a listing cannot be changed. If it is wrong, contact us.";
    throw new AppError("INVALID", message, { "identity.npi": message });
  }
  const geo = await locateLocations(payload.locations);
  const { email } = await accountEmail(opts.userId);
  const result = await withUniqueReference((reference) =>
    db.$transaction(async (tx) => {
      // One edit of a listing at a time: two sent at once (two tabs, a retry) would both find no
      // pending edit and both stay pending. The second now waits here, then replaces the first.
      await tx.$queryRaw`SELECT 1 FROM "Provider" WHERE id = ${opts.providerId} FOR UPDATE`;
      // Ownership again inside the transaction: it may have changed since the check above.
      await ownedProvider(tx, opts.userId, opts.providerId);
      const earlier = await tx.submission.findMany({
        where: { providerId: opts.providerId, kind: "EDIT", status: "PENDING" },
        select: { id: true, reference: true, payload: true },
      });
      // The same edit again (a double click) is the same submission.
      const same = earlier.find(
        (s) => JSON.stringify(ZStoredSubmission.safeParse(s.payload).data) === JSON.stringify(payload),
      );
      if (same) return { id: same.id, reference: same.reference, isNew: false };
      if (earlier.length) {
        await tx.submission.updateMany({
          where: { id: { in: earlier.map((s) => s.id) }, status: "PENDING" },
          data: { status: "WITHDRAWN", reason: "Replaced by a newer edit." },
        });
      }
      const previous = await loadProfileForm(tx, opts.providerId);
      const row = await tx.submission.create({
        data: {
          reference,
          kind: "EDIT",
          providerId: opts.providerId,
          submittedById: opts.userId,
          contactEmail: email,
          payload: { ...payload, geo },
          previous: previous ?? undefined,
        },
        select: { id: true, reference: true },
      });
      await recordAudit(tx, {
        actorId: opts.userId,
        action: "submission.create",
        targetType: "submission",
        targetId: row.id,
        details: {
          kind: "EDIT",
          reference,
          providerId: opts.providerId,
          replaces: earlier.map((s) => s.reference),
        },
      });
      return { ...row, isNew: true };
    }),
  );
  if (result.isNew)
    await mailAfterCommit(
      receivedMail({
        to: email,
        reference: result.reference,
        kind: "EDIT",
        name: displayName(payload.identity),
      }),
    );
  return { id: result.id, reference: result.reference };
}

/** "Confirm my information is current" (and so its insurance plans): only the owner, only a published profile. */
export async function confirmProviderCurrent(opts: {
  userId: string;
  providerId: number;
}): Promise<{ lastConfirmedAt: Date }> {
  const now = new Date();
  await db.$transaction(async (tx) => {
    const p = await ownedProvider(tx, opts.userId, opts.providerId);
    if (p.status !== "PUBLISHED")
      throw new AppError("CONFLICT", "Only a published profile can be confirmed.");
    await tx.provider.update({ where: { id: p.id }, data: { lastConfirmedAt: now } });
    // Confirming the profile confirms the insurance plans it lists; with none there is nothing to date.
    await tx.provider.updateMany({
      where: { id: p.id, NOT: { insurancePlans: { isEmpty: true } } },
      data: { insuranceConfirmedAt: now },
    });
    await recordAudit(tx, {
      actorId: opts.userId,
      action: "provider.confirm-current",
      targetType: "provider",
      targetId: p.id,
    });
  });
  return { lastConfirmedAt: now };
}
