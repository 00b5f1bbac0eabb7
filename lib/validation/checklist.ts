import { z } from "zod";

import { CHECKLIST_LIMITS, OWN_ID_PATTERN } from "@/lib/checklist/limits";

export { CHECKLIST_LIMITS };

// Control characters other than line breaks never belong in a question or a note.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/;

/** Built-in question ids look like "cred-board"; own questions are "u1", "u2", ... (never overlapping). */
export const ZQuestionId = z.string().regex(/^[a-z]+-[a-z0-9-]{1,38}$/, "Unknown question.");
export const ZOwnId = z.string().regex(OWN_ID_PATTERN, "Unknown question.");

export const ZOwnQuestionText = z
  .string()
  .trim()
  .min(1, "Write your question first.")
  .max(
    CHECKLIST_LIMITS.ownQuestionMax,
    `Keep your question to ${CHECKLIST_LIMITS.ownQuestionMax} characters.`,
  )
  .refine((s) => !CONTROL.test(s) && !s.includes("\n"), "Use a single line without special characters.");
export type TOwnQuestionText = z.infer<typeof ZOwnQuestionText>;

export const ZNoteText = z
  .string()
  .max(CHECKLIST_LIMITS.noteMax, `Keep your note to ${CHECKLIST_LIMITS.noteMax} characters.`)
  .refine((s) => !CONTROL.test(s), "Notes cannot contain special characters.");

/** A calendar date as the date input gives it: YYYY-MM-DD. */
export const ZVisitDate = z.iso.date();

export const MAX_PROVIDER_ID = 2_147_483_647;
export const ZProviderId = z.number().int().positive().max(MAX_PROVIDER_ID);

/** `?provider=<id>` from the URL: digits only. */
export const ZProviderIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, "That doctor link is not valid.")
  .transform(Number)
  .pipe(ZProviderId);

export const ZProviderSearchQuery = z
  .string()
  .trim()
  .min(
    CHECKLIST_LIMITS.searchQueryMin,
    `Type at least ${CHECKLIST_LIMITS.searchQueryMin} letters of the name.`,
  )
  .max(CHECKLIST_LIMITS.searchQueryMax, `Use at most ${CHECKLIST_LIMITS.searchQueryMax} characters.`);

/**
 * The checklist as stored in the browser and in shared links (version 1, short keys to keep links
 * short): o = selected question ids in order (built-in ids and own ids), u = own questions by id,
 * n = notes by question id, d = visit date, p = provider id, a = self-assessment answers, one
 * character each (y, n, u for unsure, - for unanswered) in ASSESSMENT_IDS order: five in links made
 * before the sixth item ("does your head turn, tilt or shake on its own?") was added, six since.
 */
export const ZChecklistWireV1 = z
  .strictObject({
    v: z.literal(1),
    o: z.array(z.union([ZQuestionId, ZOwnId])).max(CHECKLIST_LIMITS.itemsMax),
    u: z.record(ZOwnId, ZOwnQuestionText).optional(),
    n: z.record(z.union([ZQuestionId, ZOwnId]), ZNoteText).optional(),
    d: ZVisitDate.optional(),
    p: ZProviderId.optional(),
    a: z
      .string()
      .regex(/^[ynu-]{5,6}$/)
      .optional(),
  })
  .superRefine((wire, ctx) => {
    const own = Object.keys(wire.u ?? {});
    if (own.length > CHECKLIST_LIMITS.ownQuestionsMax) {
      ctx.addIssue({ code: "custom", path: ["u"], message: "Too many own questions." });
    }
    if (new Set(wire.o).size !== wire.o.length) {
      ctx.addIssue({ code: "custom", path: ["o"], message: "A question appears twice." });
    }
    // Every own question is on the list exactly once, and every own id on the list has its text.
    const ownOnList = wire.o.filter((id) => ZOwnId.safeParse(id).success);
    if (ownOnList.length !== own.length || ownOnList.some((id) => !own.includes(id))) {
      ctx.addIssue({ code: "custom", path: ["u"], message: "Own questions do not match the list." });
    }
  });
export type TChecklistWireV1 = z.infer<typeof ZChecklistWireV1>;
