import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { fromPrismaError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { displayName, profileUrl } from "@/lib/providers/format";
import type { TNpiListing } from "@/lib/providers/npi-listing";
import { ZStoredSubmission } from "@/lib/validation/provider-submission";
import { recordAudit } from "./audit";
import { sendMail, type TMail } from "./mail";
import { receivedMail } from "./submission-mail";
import { locateLocations, parsePayload } from "./submission-payload";

// The submitters' side of new profiles: is this NPI free, store the submission, e-mail a receipt.

type TTx = Prisma.TransactionClient;

export type { TNpiListing };

// References are read aloud and typed from e-mails: no 0/O or 1/I to confuse.
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export function newReference(): string {
  let s = "NCF-";
  for (let i = 0; i < 6; i++) s += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return s;
}

/** Runs `work` with a fresh reference, again on the (rare) collision with an existing one. */
export async function withUniqueReference<T>(work: (reference: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(newReference());
    } catch (e) {
      // The reference is the Submission's only unique column besides the id.
      if (fromPrismaError(e)?.code !== "CONFLICT" || attempt >= 5) throw e;
    }
  }
}

/** Whether an NPI may start a new listing: not when it is listed, nor while a new one waits for review. */
export async function checkNpiListing(
  opts: { npi: string },
  tx: Pick<TTx, "provider" | "submission"> = db,
): Promise<TNpiListing> {
  const p = await tx.provider.findUnique({
    where: { npi: opts.npi },
    select: { id: true, status: true, firstName: true, lastName: true, suffix: true, credential: true },
  });
  if (p) {
    return {
      status: "listed",
      providerId: p.id,
      name: displayName(p),
      profileUrl: p.status === "PUBLISHED" ? profileUrl(p) : null,
      claimUrl: `/providers/${p.id}/claim`,
    };
  }
  // Submission rows are few (moderation queue): the JSON path filter needs no index.
  const pending = await tx.submission.findFirst({
    where: { kind: "NEW", status: "PENDING", payload: { path: ["identity", "npi"], equals: opts.npi } },
    select: { id: true },
  });
  return pending ? { status: "pending" } : { status: "free" };
}

/** `repeated`: the same profile was already pending from the same address (a double click). */
export type TCreateResult =
  | { status: "created"; id: number; reference: string; repeated: boolean }
  | { status: "npi-taken"; listing: TNpiListing };

/**
 * Stores a new provider profile as a PENDING submission (the provider rows are created on approval).
 * Refused when the NPI is listed or already waits for review; an identical resubmission (a double
 * click) returns the first one. Locations must have known ZIPs (field errors otherwise).
 */
export async function createNewSubmission(opts: {
  payload: unknown;
  submittedById: string | null;
  submitterEmail: string;
}): Promise<TCreateResult> {
  const payload = parsePayload(opts.payload);
  const geo = await locateLocations(payload.locations);
  const email = opts.submitterEmail.toLowerCase();
  const result = await withUniqueReference((reference) =>
    db.$transaction(async (tx): Promise<TCreateResult> => {
      // Serialises submissions of the same NPI, so two at once cannot both pass the check below.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`npi:${payload.identity.npi}`}))`;
      const same = await tx.submission.findFirst({
        where: {
          kind: "NEW",
          status: "PENDING",
          contactEmail: email,
          payload: { path: ["identity", "npi"], equals: payload.identity.npi },
        },
        select: { id: true, reference: true, payload: true },
      });
      if (same && JSON.stringify(ZStoredSubmission.parse(same.payload)) === JSON.stringify(payload)) {
        return { status: "created", id: same.id, reference: same.reference, repeated: true };
      }
      const listing = await checkNpiListing({ npi: payload.identity.npi }, tx);
      if (listing.status !== "free") return { status: "npi-taken", listing };
      const row = await tx.submission.create({
        data: {
          reference,
          kind: "NEW",
          contactEmail: email,
          submittedById: opts.submittedById,
          payload: { ...payload, geo },
        },
        select: { id: true, reference: true },
      });
      await recordAudit(tx, {
        actorId: opts.submittedById,
        action: "submission.create",
        targetType: "submission",
        targetId: row.id,
        details: { kind: "NEW", reference },
      });
      return { status: "created", ...row, repeated: false };
    }),
  );
  if (result.status === "created" && !result.repeated)
    await mailAfterCommit(
      receivedMail({
        to: email,
        reference: result.reference,
        kind: "NEW",
        name: displayName(payload.identity),
      }),
    );
  return result;
}

/** E-mail after the commit: the state change stands even when the mail server is down. */
export async function mailAfterCommit(mail: TMail): Promise<void> {
  try {
    await sendMail(mail);
  } catch (e) {
    console.error(`submission mail to ${mail.to} failed:`, e);
  }
}
