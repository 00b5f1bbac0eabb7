"use server";

import { requireFormData } from "@/lib/action-args";
import { checkContactFormStamp, contactFormStamp, createContactMessage } from "@/lib/data/contact-messages";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
import { isAppError } from "@/lib/errors";
import { fieldErrors, formValues, type TFormState } from "@/lib/forms";
import { clientNetwork } from "@/lib/http/client-ip";
import { CONTACT_FIELDS, contactInput, ZContactMessage } from "@/lib/validation/contact";

export type TContactFormState = TFormState & {
  reference?: string;
  /** A fresh form stamp, when the one the form carried was refused (the page was open too long). */
  stamp?: string;
};

const UNAVAILABLE =
  "Sorry, something went wrong on our side and your message was not sent. Please try again in a few minutes.";

/**
 * A message to the moderators. Spam-safe without a puzzle: a field people never see must stay empty,
 * and the form must have been open a few seconds (a signed stamp of when it was rendered). Then the
 * usual per-network limit, and one per address, so nobody floods one person's mailbox with receipts.
 */
export async function sendContactMessage(
  _prev: TContactFormState,
  data: FormData,
): Promise<TContactFormState> {
  requireFormData(data);
  const values = formValues(data, [...CONTACT_FIELDS]);
  const honeypot = data.get("website");
  if (typeof honeypot === "string" && honeypot !== "") {
    return {
      status: "error",
      message:
        "Your message looks automated and was not sent. Clear the field “Leave this empty” and try again.",
      values,
    };
  }
  const stamp = data.get("stamp");
  const check = checkContactFormStamp(typeof stamp === "string" ? stamp : "");
  if (check === "invalid") {
    return {
      status: "error",
      message:
        "This form was open for too long (or was not loaded from our site). Please check it and send it again.",
      values,
      stamp: contactFormStamp(),
    };
  }
  if (check === "too-fast") {
    return {
      status: "error",
      message: "That was very quick: please check your message and send it again.",
      values,
    };
  }
  const parsed = ZContactMessage.safeParse(contactInput(data));
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: fieldErrors(parsed.error),
      values,
    };
  }
  try {
    const network = keyedHash(await clientNetwork());
    await consumeRateLimit(LIMITS.contact, network);
    await consumeRateLimit(LIMITS.contactPerAddress, keyedHash(parsed.data.email));
    const { reference } = await createContactMessage({ input: parsed.data, networkHash: network });
    return {
      status: "ok",
      message:
        parsed.data.topic === "delete"
          ? "Your deletion request was sent to our moderators."
          : "Your message was sent to our moderators.",
      reference,
    };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, fieldErrors: e.fields, values };
    console.error("contact message failed", e);
    return { status: "error", message: UNAVAILABLE, values };
  }
}
