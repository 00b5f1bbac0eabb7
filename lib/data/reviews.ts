import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import { deliverAfterCommit, queueMail } from "@/lib/data/mail";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fromPrismaError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, localizedPath, type TLocale } from "@/lib/i18n/routing";
import { displayName, profileUrl } from "@/lib/providers/format";
import type { TReviewInput } from "@/lib/validation/review";

// Writing and confirming patient reviews. A review is held (UNCONFIRMED) until its writer opens the
// e-mailed link, then waits for a moderator (PENDING); only APPROVED reviews are ever public. The
// reviewer's address is never stored: only its keyed hash, which also makes "one review per address
// per provider" a unique index (providerId, emailHash). Rotating AUTH_SECRET changes every hash,
// so that rule then starts afresh.
//
// A second review from the same address edits the first. It must not simply overwrite a confirmed
// review: anyone who knows a patient's address (their doctor, say) could then hide and erase a
// published review without ever confirming anything. So an edit of a PENDING or APPROVED review is
// kept in a row of its own, keyed `edit:<hash>` (still one per address and provider), and replaces
// the original only once confirmed, and, if the original is public, once a moderator approves it.

type TTx = Prisma.TransactionClient;

export const CONFIRM_HOURS = 48;
export const EDIT_PREFIX = "edit:";
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** The stored form of a confirmation token: only its SHA-256 (the token is 256 random bits). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

const nameSelect = { id: true, firstName: true, lastName: true, suffix: true, credential: true } as const;

export type TReviewTarget = { id: number; name: string; path: string };

/** A published provider as the review and recommendation pages name it, or null. */
export async function getReviewTarget({ id }: { id: number }): Promise<TReviewTarget | null> {
  const p = await db.provider.findFirst({ where: { id, status: "PUBLISHED" }, select: nameSelect });
  return p ? { id: p.id, name: displayName(p), path: profileUrl(p) } : null;
}

/**
 * Saves a review (or an edit of the one from the same address) as UNCONFIRMED and e-mails the
 * confirmation link. The mail is sent inside the transaction, last: if it cannot be sent, nothing
 * is saved and the writer is told to try again. The answer does not say whether the address had
 * reviewed this provider before: that would tell anyone who types an address who is whose patient.
 * `locale` is the language of the page the review was written on: the e-mail and its link, and the
 * errors, are in it (issue 19).
 */
export async function submitReview(opts: {
  input: TReviewInput;
  networkHash: string;
  userId?: string | null;
  locale?: TLocale;
}): Promise<{ providerName: string }> {
  const { input, networkHash } = opts;
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const errors = createTranslator({ locale, messages: MESSAGES[locale], namespace: "profileActions.review" });
  const mail = createTranslator({ locale, messages: MESSAGES[locale], namespace: "patientMail.review" });
  const emailHash = keyedHash(input.email);
  await consumeRateLimit(LIMITS.review, `net:${networkHash}`);
  await consumeRateLimit(LIMITS.review, `email:${emailHash}`);
  const { token, hash } = newConfirmToken();
  const expiresAt = new Date(Date.now() + CONFIRM_HOURS * 3_600_000);
  try {
    const result = await db.$transaction(
      async (tx) => {
        const p = await tx.provider.findFirst({
          where: { id: input.providerId, status: "PUBLISHED" },
          select: { ...nameSelect, ownerId: true },
        });
        if (!p) throw new AppError("NOT_FOUND", errors("gone"));
        if (opts.userId && p.ownerId === opts.userId) throw new AppError("FORBIDDEN", errors("owner"));
        // Links that expired a week ago will never be confirmed: clear them while we are here.
        await tx.review.deleteMany({
          where: {
            providerId: p.id,
            status: "UNCONFIRMED",
            confirmExpiresAt: { lt: new Date(Date.now() - 7 * 86_400_000) },
          },
        });
        const existing = await tx.review.findUnique({
          where: { providerId_emailHash: { providerId: p.id, emailHash } },
          select: { status: true },
        });
        const isEdit = existing?.status === "APPROVED" || existing?.status === "PENDING";
        const rowHash = isEdit ? EDIT_PREFIX + emailHash : emailHash;
        const name = displayName(p);
        // A confirmed edit waiting for a moderator is not replaced: anyone who knows the address
        // could otherwise void it again and again. The answer is the same as always; the e-mail
        // tells the writer to wait for the moderator.
        if (isEdit) {
          const pendingEdit = await tx.review.findUnique({
            where: { providerId_emailHash: { providerId: p.id, emailHash: rowHash } },
            select: { status: true },
          });
          if (pendingEdit?.status === "PENDING") {
            await queueMail(tx, {
              to: input.email,
              subject: mail("waitingSubject", { name }),
              text: [
                mail("someone", { name }),
                "",
                mail("waiting"),
                mail("waitingAgain"),
                mail("waitingIgnore"),
              ].join("\n"),
            });
            return { providerName: name };
          }
        }
        // Replacing an unpublished review in place: an older pending edit of it is void (approving it
        // later would overwrite this newer version).
        if (!isEdit)
          await tx.review.deleteMany({ where: { providerId: p.id, emailHash: EDIT_PREFIX + emailHash } });
        const fields = {
          rating: input.rating,
          body: input.body,
          displayName: input.displayName,
          networkHash,
          status: "UNCONFIRMED" as const,
          confirmTokenHash: hash,
          confirmExpiresAt: expiresAt,
          confirmedAt: null,
          moderatedById: null,
          moderatedAt: null,
          rejectReason: null,
          // The date shown with a review is when this version was written.
          createdAt: new Date(),
        };
        await tx.review.upsert({
          where: { providerId_emailHash: { providerId: p.id, emailHash: rowHash } },
          create: { providerId: p.id, emailHash: rowHash, ...fields },
          update: fields,
        });
        // Written in this transaction and delivered after its commit (lib/data/mail.ts): a review
        // that was not saved is never confirmed by e-mail.
        await queueMail(tx, {
          to: input.email,
          subject: mail("subject", { name }),
          text: confirmationText(name, token, isEdit, locale),
        });
        return { providerName: name };
      },
      { timeout: 20_000 },
    );
    deliverAfterCommit();
    return result;
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === "P2002")
      throw new AppError("CONFLICT", errors("justSent"));
    throw fromPrismaError(e) ?? e;
  }
}

/** The confirmation e-mail, in the language of the page the review was written on; its link leads back to that language. */
function confirmationText(providerName: string, token: string, isEdit: boolean, locale: TLocale): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "patientMail.review" });
  const link = `${env().APP_URL}${localizedPath("/reviews/confirm", locale)}?token=${token}`;
  return [
    t("someone", { name: providerName }),
    "",
    ...(isEdit ? [t("edit"), ""] : []),
    t("open", { hours: CONFIRM_HOURS }),
    link,
    "",
    t("then"),
    t("ignore"),
    t("fingerprint"),
  ].join("\n");
}

export type TConfirmOutcome =
  | { outcome: "confirmed"; providerId: number }
  | { outcome: "edit-pending"; providerId: number }
  | { outcome: "expired"; providerId: number }
  | { outcome: "invalid" };

/**
 * Confirms a review from its e-mailed token: valid and unexpired -> PENDING (moderation), and the
 * token is cleared, so the link works once. Counted against the network's confirmation limit
 * first, whatever the token, so tokens cannot be guessed at speed.
 */
export async function confirmReview(opts: { token: string; networkHash: string }): Promise<TConfirmOutcome> {
  await consumeRateLimit(LIMITS.reviewConfirm, `net:${opts.networkHash}`);
  if (!TOKEN_FORMAT.test(opts.token)) return { outcome: "invalid" };
  const hash = hashToken(opts.token);
  return db.$transaction(async (tx) => {
    const row = await tx.review.findUnique({
      where: { confirmTokenHash: hash },
      select: { id: true, providerId: true, emailHash: true, status: true, confirmExpiresAt: true },
    });
    if (!row || row.status !== "UNCONFIRMED") return { outcome: "invalid" } as const;
    const now = new Date();
    if (!row.confirmExpiresAt || row.confirmExpiresAt <= now)
      return { outcome: "expired", providerId: row.providerId } as const;
    // Two clicks at once: only the one that clears the token confirms.
    const { count } = await tx.review.updateMany({
      where: { id: row.id, confirmTokenHash: hash, status: "UNCONFIRMED" },
      data: { status: "PENDING", confirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
    });
    if (count !== 1) return { outcome: "invalid" } as const;
    if (!row.emailHash.startsWith(EDIT_PREFIX))
      return { outcome: "confirmed", providerId: row.providerId } as const;
    const original = await tx.review.findUnique({
      where: {
        providerId_emailHash: {
          providerId: row.providerId,
          emailHash: row.emailHash.slice(EDIT_PREFIX.length),
        },
      },
      select: { status: true },
    });
    // A public original stays up until a moderator approves the edit; any other one is replaced now.
    if (original?.status === "APPROVED")
      return { outcome: "edit-pending", providerId: row.providerId } as const;
    await mergeEdit(tx, row.id, { status: "PENDING" });
    return { outcome: "confirmed", providerId: row.providerId } as const;
  });
}

/**
 * Moves an edit row's version onto its original review (same id, so reports and the reply stay
 * attached) and deletes the edit row; without an original, the edit row simply becomes the review.
 * Returns the id of the review that now holds the version.
 */
export async function mergeEdit(tx: TTx, editId: number, data: Prisma.ReviewUpdateInput): Promise<number> {
  const edit = await tx.review.findUniqueOrThrow({
    where: { id: editId },
    select: {
      providerId: true,
      emailHash: true,
      rating: true,
      body: true,
      displayName: true,
      createdAt: true,
      confirmedAt: true,
      networkHash: true,
    },
  });
  const emailHash = edit.emailHash.slice(EDIT_PREFIX.length);
  const original = await tx.review.findUnique({
    where: { providerId_emailHash: { providerId: edit.providerId, emailHash } },
    select: { id: true },
  });
  if (!original) {
    await tx.review.update({ where: { id: editId }, data: { ...data, emailHash } });
    return editId;
  }
  await tx.review.delete({ where: { id: editId } });
  const { rating, body, displayName: name, createdAt, confirmedAt, networkHash } = edit;
  await tx.review.update({
    where: { id: original.id },
    data: {
      rating,
      body,
      displayName: name,
      createdAt,
      confirmedAt,
      networkHash,
      rejectReason: null,
      moderatedById: null,
      moderatedAt: null,
      ...data,
    },
  });
  return original.id;
}
