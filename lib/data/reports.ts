import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REPORT_REASON_LABELS, type TProviderReport } from "@/lib/validation/report";

/**
 * Puts a "this listing is wrong" report about a published provider into the moderation queue
 * (Report, target PROVIDER, status OPEN). The provider check and the insert share a transaction, so
 * a listing unpublished in between gets no report. Rate limits are the caller's job.
 */
export async function createProviderReport(opts: {
  input: TProviderReport;
  networkHash: string;
}): Promise<{ id: number }> {
  const { input, networkHash } = opts;
  return db.$transaction(async (tx) => {
    const provider = await tx.provider.findFirst({
      where: { id: input.providerId, status: "PUBLISHED" },
      select: { id: true },
    });
    if (!provider) throw new AppError("NOT_FOUND", "This provider is no longer listed.");
    return tx.report.create({
      data: {
        target: "PROVIDER",
        providerId: provider.id,
        // The label, not the key: the moderation queue (and any export) reads it as is.
        reason: REPORT_REASON_LABELS[input.reason],
        details: input.details || null,
        status: "OPEN",
        networkHash,
      },
      select: { id: true },
    });
  });
}
