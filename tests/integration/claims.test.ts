// Claiming an imported NPPES listing: only the listing's NPI, one pending claim per claimant,
// competing claims side by side for the moderator (issue 16: a listing's NPI is public, so a first
// claim must not lock out the real provider), and on approval the claimant owns the listing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, getClaimableListing, listCompetingClaims } from "@/lib/data/claims";
import { approveSubmission, getSubmissionForReview } from "@/lib/data/submissions";
import { db } from "@/lib/db";
import { createProvider } from "../factories";

let listingId = 0;
let listingNpi = "";
const claimant = { id: randomUUID(), email: `claimant-${Date.now()}@example.test` };
const other = { id: randomUUID(), email: `other-${Date.now()}@example.test` };
const moderator = { id: randomUUID(), email: `mod-${Date.now()}@example.test` };

beforeAll(async () => {
  const p = await createProvider(db, { locations: [{ lat: 47.5, lng: -111.3, zip: "59401", state: "MT" }] });
  listingId = p.id;
  listingNpi = p.npi;
  await db.provider.update({ where: { id: p.id }, data: { source: "NPPES_IMPORT", claimed: false } });
  for (const u of [claimant, other]) await db.user.create({ data: { id: u.id, email: u.email, name: "Claimant" } });
  await db.user.create({ data: { id: moderator.id, email: moderator.email, name: "Mod", role: "MODERATOR" } });
});

afterAll(async () => {
  await db.submission.deleteMany({ where: { providerId: listingId } });
  await db.provider.deleteMany({ where: { id: listingId } });
  await db.user.deleteMany({ where: { id: { in: [claimant.id, other.id, moderator.id] } } });
  await db.$disconnect();
});

describe("claiming an imported listing", () => {
  it("offers an unclaimed import for claiming, showing only the NPI's last digits", async () => {
    const listing = await getClaimableListing({ id: listingId });
    expect(listing).toMatchObject({ claimable: true, npiLast4: listingNpi.slice(-4) });
  });

  it("refuses an NPI that is not the listing's", async () => {
    await expect(createClaim({ providerId: listingId, userId: claimant.id, userEmail: claimant.email, npi: "1234567893" })).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await db.submission.count({ where: { providerId: listingId } })).toBe(0);
  });

  it("stores a pending claim, and a competing claimant's claim waits beside it for the moderator", async () => {
    const { reference } = await createClaim({ providerId: listingId, userId: claimant.id, userEmail: claimant.email, npi: listingNpi });
    expect(reference).toMatch(/^NCF-[2-9A-Z]{6}$/);
    await expect(createClaim({ providerId: listingId, userId: claimant.id, userEmail: claimant.email, npi: listingNpi })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await getClaimableListing({ id: listingId }))?.claimable).toBe(true);
    const second = await createClaim({ providerId: listingId, userId: other.id, userEmail: other.email, npi: listingNpi });
    const first = await db.submission.findFirstOrThrow({ where: { reference }, select: { id: true } });
    expect((await listCompetingClaims({ providerId: listingId, exceptId: first.id })).map((c) => c.reference)).toEqual([second.reference]);
    const receipt = await db.outboxEmail.findFirst({ where: { to: claimant.email }, orderBy: { id: "desc" } });
    expect(receipt?.subject).toContain(reference);
  });

  it("on approval the claimant owns the listing and imports no longer overwrite it", async () => {
    const s = await db.submission.findFirstOrThrow({ where: { providerId: listingId, kind: "CLAIM", submittedById: claimant.id } });
    const review = await getSubmissionForReview({ id: s.id });
    expect(review?.payload).toBeNull();
    expect(review?.changes.map((c) => c.after)).toContain(listingNpi);
    await approveSubmission({ id: s.id, moderatorId: moderator.id });
    const p = await db.provider.findUniqueOrThrow({ where: { id: listingId }, select: { ownerId: true, claimed: true, contactEmail: true } });
    expect(p).toEqual({ ownerId: claimant.id, claimed: true, contactEmail: claimant.email });
    const competing = await db.submission.findFirstOrThrow({ where: { providerId: listingId, kind: "CLAIM", submittedById: other.id } });
    await expect(approveSubmission({ id: competing.id, moderatorId: moderator.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createClaim({ providerId: listingId, userId: other.id, userEmail: other.email, npi: listingNpi })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
