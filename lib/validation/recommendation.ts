import { z } from "zod";
import { boundedText, MAX_ID } from "./review";

// A clinician's recommendation of a colleague (the guide's step 1, "seek referrals and
// recommendations"). Who may recommend as whom is the data layer's rule; this is only the input.

export const RECOMMENDATION_REASON = { min: 10, max: 500 } as const;

const id = (label: string) =>
  z.coerce
    .number({ error: `${label} is missing.` })
    .int(`${label} is not valid.`)
    .positive(`${label} is not valid.`)
    .max(MAX_ID, `${label} is not valid.`);

export const ZRecommendation = z
  .object({
    fromProviderId: z.coerce
      .number({ error: "Choose the profile you recommend as." })
      .int()
      .positive("Choose the profile you recommend as.")
      .max(MAX_ID),
    toProviderId: id("The recommended provider"),
    reason: boundedText("Your reason", RECOMMENDATION_REASON.min, RECOMMENDATION_REASON.max),
  })
  .refine((v) => v.fromProviderId !== v.toProviderId, {
    path: ["fromProviderId"],
    message: "You can't recommend yourself: choose a colleague's profile.",
  });

export type TRecommendationInput = z.output<typeof ZRecommendation>;
export const RECOMMENDATION_FIELDS = ["fromProviderId", "toProviderId", "reason"] as const;
