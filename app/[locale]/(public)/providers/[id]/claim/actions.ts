"use server";

import { requireUser } from "@/lib/auth/session";
import { createClaim } from "@/lib/data/claims";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { isAppError } from "@/lib/errors";
import { fieldErrors, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { ZClaim } from "@/lib/validation/claim";
import { MAX_ID } from "@/lib/validation/review";
import { requireFormData } from "@/lib/action-args";

export async function submitClaim(
  providerId: number,
  _prev: TFormState,
  data: FormData,
): Promise<TFormState> {
  requireFormData(data);
  const values = { npi: String(data.get("npi") ?? "") };
  // Bound by the page, but a server action's arguments come from the client: check it.
  if (!Number.isInteger(providerId) || providerId < 1 || providerId > MAX_ID) {
    return {
      status: "error",
      message: "This listing does not exist. Open the claim from the listing's page.",
      values,
    };
  }
  try {
    const user = await requireUser();
    const parsed = ZClaim.safeParse({ npi: data.get("npi"), attest: data.get("attest") ?? undefined });
    if (!parsed.success) return { status: "error", fieldErrors: fieldErrors(parsed.error), values };
    await consumeRateLimit(LIMITS.submission, keyedHash(await clientNetwork()));
    const { reference } = await createClaim({
      providerId,
      userId: user.id,
      userEmail: user.email,
      npi: parsed.data.npi,
    });
    return {
      status: "ok",
      message: `Thank you. Your claim (reference ${reference}) is waiting for a moderator; we e-mailed you a receipt. Once it is approved you can edit this profile from your account.`,
      values,
    };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, fieldErrors: e.fields, values };
    throw e;
  }
}
