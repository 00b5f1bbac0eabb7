import { env } from "@/lib/env";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import type { TMail } from "./mail";

// Plain-text notices to submitters. Everything a submitter typed is sent as text, never as HTML.

const WHAT: Record<SubmissionKind, string> = {
  NEW: "new profile",
  EDIT: "profile changes",
  CLAIM: "claim of a listing",
};

const footer = () => [
  "",
  "Your account: " + `${env().APP_URL}/account`,
  "",
  "NeckCare Finder is a directory and gives no medical advice.",
];

export function receivedMail(m: {
  to: string;
  reference: string;
  kind: SubmissionKind;
  name: string;
}): TMail {
  return {
    to: m.to,
    subject: `We received your submission ${m.reference}`,
    text: [
      "Hello,",
      "",
      `We received your ${WHAT[m.kind]} for ${m.name}. Reference: ${m.reference}.`,
      "",
      "A moderator reviews every submission before it is published; board certifications are shown as",
      "self-reported until a moderator has checked them with the board. We will e-mail you the outcome.",
      m.kind === "EDIT" ? "Until then your published profile stays as it is." : "",
      "",
      "To follow its status, sign in with this e-mail address (we sent you a separate sign-in link).",
      ...footer(),
    ].join("\n"),
  };
}

export function approvedMail(m: {
  to: string;
  reference: string;
  kind: SubmissionKind;
  name: string;
  profileUrl: string | null;
}): TMail {
  const done: Record<SubmissionKind, string> = {
    NEW: "is now listed",
    EDIT: "changes are now published",
    CLAIM: "listing is now yours: you can keep it current from your account",
  };
  return {
    to: m.to,
    subject: `Submission ${m.reference} approved`,
    text: [
      "Hello,",
      "",
      `A moderator approved your ${WHAT[m.kind]} (${m.reference}): the profile of ${m.name} ${done[m.kind]}.`,
      m.profileUrl ? `\nProfile: ${m.profileUrl}` : "",
      "",
      "Please confirm from time to time that your information is current: patients see when it was last confirmed.",
      ...footer(),
    ].join("\n"),
  };
}

export function rejectedMail(m: {
  to: string;
  reference: string;
  kind: SubmissionKind;
  reason: string;
}): TMail {
  return {
    to: m.to,
    subject: `Submission ${m.reference} was not approved`,
    text: [
      "Hello,",
      "",
      `A moderator did not approve your ${WHAT[m.kind]} (${m.reference}). The reason:`,
      "",
      m.reason,
      "",
      m.kind === "NEW"
        ? `You can correct it and submit again: ${env().APP_URL}/providers/new`
        : "You can correct it and submit it again from your account.",
      ...footer(),
    ].join("\n"),
  };
}
