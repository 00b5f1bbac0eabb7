import { z } from "zod";
import { NPI_MESSAGES, npiProblem } from "@/lib/npi";

/** Claiming an imported listing: the claimant types the listing's NPI and attests. */
export const ZClaim = z.object({
  npi: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[\s-]/g, "") : ""),
    z.string().superRefine((npi, ctx) => {
      if (!npi) return void ctx.addIssue({ code: "custom", message: "Enter your 10-digit NPI." });
      const problem = npiProblem(npi);
      if (problem) ctx.addIssue({ code: "custom", message: NPI_MESSAGES[problem] });
    }),
  ),
  attest: z.literal("on", { error: "Confirm that you are this provider or act for them." }),
});

export type TClaim = z.infer<typeof ZClaim>;

/** What a CLAIM submission stores (Submission.payload). */
export const ZClaimPayload = z.object({
  claim: z.object({ npi: z.string(), attestedAt: z.string(), claimantEmail: z.string() }),
});
export type TClaimPayload = z.infer<typeof ZClaimPayload>;
