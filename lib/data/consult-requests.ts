import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { displayName, profileUrl } from "@/lib/providers/format";
import type { TConsultRequest } from "@/lib/validation/consult-request";
import { sendMail } from "./mail";

/**
 * How the request reached the practice: "sent" (e-mailed), "saved" (e-mail failed; stored, status NEW,
 * for moderators to forward), "moderators" (the practice gave no address; stored for moderators).
 */
export type TConsultDelivery = "sent" | "saved" | "moderators";

export type TConsultResult = {
  id: number;
  providerName: string;
  delivery: TConsultDelivery;
  duplicate: boolean;
};

/** A resubmission of the same request from the same network within this time returns the first one. */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

type TStored = {
  id: number;
  duplicate: boolean;
  delivered: boolean;
  providerName: string;
  providerPath: string;
  recipient: string | null;
  location: string | null;
};

/**
 * Stores a consultation request for a published provider and e-mails it to the practice.
 * The row is written in one transaction that also checks the provider and location; the e-mail is
 * sent after the commit (a slow mail server must not hold the transaction), and the row is marked
 * DELIVERED only once the mail server accepted the message. A failed send keeps the request as NEW.
 * Rate limits are the caller's job (the server action counts per network and per provider).
 */
export async function createConsultRequest(opts: {
  input: TConsultRequest;
  networkHash: string;
}): Promise<TConsultResult> {
  const { input, networkHash } = opts;
  const stored = await db.$transaction(async (tx): Promise<TStored> => {
    const provider = await tx.provider.findFirst({
      where: { id: input.providerId, status: "PUBLISHED" },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        suffix: true,
        credential: true,
        contactEmail: true,
        owner: { select: { email: true } },
        locations: {
          select: { id: true, practiceName: true, city: true, state: true },
          orderBy: [{ isPrimary: "desc" }, { id: "asc" }],
        },
      },
    });
    if (!provider)
      throw new AppError("NOT_FOUND", "This provider is no longer listed, so the request was not sent.");
    const location =
      input.locationId === undefined
        ? provider.locations[0]
        : provider.locations.find((l) => l.id === input.locationId);
    if (input.locationId !== undefined && !location) {
      throw new AppError("INVALID", "Choose one of this provider's locations.", {
        locationId: "Choose one of this provider's locations.",
      });
    }

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
      select: { id: true, status: true },
      orderBy: { id: "desc" },
    });
    const row =
      same ??
      (await tx.consultRequest.create({
        data: {
          providerId: provider.id,
          locationId: location?.id ?? null,
          patientName: input.name,
          patientEmail: input.email || null,
          patientPhone: input.phone || null,
          preferredTimes: input.preferredTimes || null,
          message: input.message,
          consent: input.consent,
          status: "NEW",
          networkHash,
        },
        select: { id: true, status: true },
      }));
    return {
      id: row.id,
      duplicate: Boolean(same),
      delivered: row.status === "DELIVERED",
      providerName: displayName(provider),
      providerPath: profileUrl(provider),
      recipient: provider.contactEmail || provider.owner?.email || null,
      location: location ? `${location.practiceName}, ${location.city}, ${location.state}` : null,
    };
  });

  const result = (delivery: TConsultDelivery): TConsultResult => ({
    id: stored.id,
    providerName: stored.providerName,
    delivery,
    duplicate: stored.duplicate,
  });
  if (!stored.recipient) return result("moderators");
  // A repeated submission was already handled the first time: never e-mail the practice twice.
  if (stored.duplicate) return result(stored.delivered ? "sent" : "saved");

  try {
    await sendMail({
      to: stored.recipient,
      subject: `Consultation request from NeckCare Finder (reference ${stored.id})`,
      text: consultMailText(stored, input),
      // The practice answers the patient directly; the site never relays replies.
      replyTo: input.email || undefined,
    });
  } catch (e) {
    console.error(
      `consult request ${stored.id}: e-mail to the practice failed; kept as NEW for moderators`,
      e,
    );
    return result("saved");
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
  return result("sent");
}

/** The e-mail to the practice: plain text, the patient's details exactly as typed (never HTML). */
function consultMailText(s: TStored, input: TConsultRequest): string {
  const lines = [
    `A patient asked for a consultation with ${s.providerName} through NeckCare Finder.`,
    "",
    `Name: ${input.name}`,
    `E-mail: ${input.email || "(not given)"}`,
    `Phone: ${input.phone || "(not given)"}`,
    `Preferred times: ${input.preferredTimes || "(not given)"}`,
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
    `Reference: ${s.id}`,
    `Your profile: ${new URL(s.providerPath, env().APP_URL).toString()}`,
  );
  return lines.join("\n");
}
