"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { TSubmitResult } from "@/components/provider-form/provider-form";
import { getAuth } from "@/lib/auth/auth";
import { getSessionUser } from "@/lib/auth/session";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { checkNpiListing, createNewSubmission, type TNpiListing } from "@/lib/data/submissions";
import { isAppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms";
import { lookupZip } from "@/lib/geo/zip-table";
import { clientNetwork } from "@/lib/http/client-ip";
import { env } from "@/lib/env";
import { SENT_TO_COOKIE, SENT_TO_PATH } from "@/lib/validation/provider-form-draft";
import {
  SUBMISSION_LIMITS,
  unknownZipMessage,
  ZNpi,
  ZProviderSubmission,
} from "@/lib/validation/provider-submission";

/** Step 1 asks early whether the NPI can start a new profile (the final submit checks again). */
export async function checkNpi(npi: unknown): Promise<TNpiListing | null> {
  const parsed = ZNpi.safeParse(npi);
  if (!parsed.success) return null;
  // It names the listing an NPI has: as limited as the registry lookup (the form treats a refusal
  // as "not checked", and the final submit checks again).
  await consumeRateLimit(LIMITS.npiLookup, keyedHash(await clientNetwork()));
  return checkNpiListing({ npi: parsed.data });
}

/** Step 2 asks whether each ZIP is one we can place on the map (the final submit checks again). */
export async function checkZips(zips: unknown): Promise<Record<string, string>> {
  const parsed = z.array(z.string().max(10)).max(SUBMISSION_LIMITS.locations).safeParse(zips);
  if (!parsed.success) return {};
  const errors: Record<string, string> = {};
  parsed.data.forEach((zip, i) => {
    if (/^\d{5}/.test(zip) && !lookupZip(zip)) errors[`locations.${i}.zip`] = unknownZipMessage(zip);
  });
  return errors;
}

export async function submitNewProvider(input: unknown): Promise<TSubmitResult> {
  const parsed = ZProviderSubmission.safeParse(input);
  if (!parsed.success)
    return { message: "Some answers need attention.", fieldErrors: fieldErrors(parsed.error) };
  const user = await getSessionUser();
  // Signed in: notices go to the account's address; otherwise to the contact address given.
  const email = user?.email ?? parsed.data.identity.contactEmail;
  let reference: string;
  try {
    await consumeRateLimit(LIMITS.submission, keyedHash(await clientNetwork()));
    const result = await createNewSubmission({
      payload: parsed.data,
      submittedById: user?.id ?? null,
      submitterEmail: email,
    });
    if (result.status === "npi-taken") {
      const text =
        result.listing.status === "listed"
          ? "This NPI is already listed."
          : "A new profile with this NPI is already waiting for review.";
      return { message: text, fieldErrors: { "identity.npi": text }, npiListing: result.listing };
    }
    reference = result.reference;
  } catch (e) {
    if (isAppError(e)) return { message: e.message, fieldErrors: e.fields };
    throw e;
  }
  if (!user) {
    try {
      await getAuth().api.signInMagicLink({
        body: { email, callbackURL: "/account" },
        headers: await headers(),
      });
    } catch (e) {
      // The submission is stored; a missing sign-in link can be asked for again at /sign-in.
      console.error("sign-in link after submission failed:", e);
    }
  }
  // The confirmation names the address the e-mail went to. Not in the URL (logs, history, shared
  // screens): a cookie only the confirmation page is sent, for ten minutes.
  (await cookies()).set(SENT_TO_COOKIE, email, {
    httpOnly: true,
    sameSite: "strict",
    secure: env().APP_URL.startsWith("https:"),
    path: SENT_TO_PATH,
    maxAge: 600,
  });
  redirect(`/providers/new/submitted?reference=${encodeURIComponent(reference)}${user ? "&account=1" : ""}`);
}
