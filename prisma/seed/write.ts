import type { PrismaClient } from "@/lib/generated/prisma/client";
import { refreshSearchColumns } from "@/lib/search-columns";
import type { TDemoData } from "./generate";
import { writeDemoMedicare } from "./write-medicare";

const CHUNK = 2000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Replaces all demo providers (source DEMO) with `data`, in one transaction: a failure leaves the
 * previous demo data in place. Non-demo rows (submitted or imported providers) are never touched.
 */
export async function writeDemoData(db: PrismaClient, data: TDemoData): Promise<{ providers: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.provider.deleteMany({ where: { source: "DEMO" } });
      const ids: number[] = [];
      for (const part of chunks(data.providers)) {
        const created = await tx.provider.createManyAndReturn({
          select: { id: true, npi: true },
          data: part.map((p) => ({
            npi: p.npi,
            contactEmail: p.contactEmail,
            firstName: p.firstName,
            lastName: p.lastName,
            credential: p.credential,
            languages: p.languages,
            languagesOther: p.languagesOther,
            gender: p.gender,
            insurancePlans: p.insurancePlans,
            insuranceConfirmedAt: p.insuranceConfirmedAt,
            bio: p.bio,
            status: p.status,
            source: "DEMO" as const,
            lastConfirmedAt: p.lastConfirmedAt,
            consultReplyDays: p.consultReplyDays,
            publishedAt: p.status === "PUBLISHED" ? p.lastConfirmedAt : null,
          })),
        });
        const byNpi = new Map(created.map((c) => [c.npi, c.id]));
        for (const p of part) ids.push(byNpi.get(p.npi)!);
      }
      const rows = data.providers.map((p, i) => ({ p, id: ids[i]! }));
      for (const part of chunks(rows.flatMap(({ p, id }) => p.locations.map((l) => ({ ...l, providerId: id, geoSource: "zip-centroid" }))))) {
        await tx.location.createMany({ data: part });
      }
      for (const part of chunks(rows.flatMap(({ p, id }) => p.certifications.map((c) => ({ ...c, providerId: id, verificationMethod: c.verifiedAt ? ("BOARD_ONLINE_LOOKUP" as const) : null }))))) {
        await tx.certification.createMany({ data: part });
      }
      for (const part of chunks(rows.map(({ p, id }) => ({
        ...p.experience,
        providerId: id,
        // The practice last reported its experience when it last confirmed the profile, not today.
        updatedAt: p.lastConfirmedAt,
      })))) {
        await tx.neckExperience.createMany({ data: part });
      }
      const reviews = rows.flatMap(({ p, id }) =>
        p.reviews.map((rv) => ({
          providerId: id,
          rating: rv.rating,
          body: rv.body,
          displayName: rv.displayName,
          emailHash: rv.emailHash,
          status: rv.approved ? ("APPROVED" as const) : ("PENDING" as const),
          confirmedAt: rv.createdAt,
          createdAt: rv.createdAt,
        })),
      );
      for (const part of chunks(reviews)) await tx.review.createMany({ data: part });
      const recs = data.recommendations.map((rc) => ({
        fromProviderId: ids[rc.from]!,
        toProviderId: ids[rc.to]!,
        reason: rc.reason,
        status: rc.approved ? ("APPROVED" as const) : ("PENDING" as const),
      }));
      for (const part of chunks(recs)) await tx.recommendation.createMany({ data: part });
      // Before the refresh: the search's read model reads the Medicare evidence too.
      await writeDemoMedicare(tx, data.medicare);
      await refreshSearchColumns(tx, ids);
      return { providers: ids.length };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
