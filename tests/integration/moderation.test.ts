// The moderation data layer against real PostgreSQL: each change, its audit entry and the search
// read model move together, and guarded state changes refuse a second or concurrent attempt.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCertification } from "@/lib/data/certifications";
import { suspendProvider, unsuspendProvider } from "@/lib/data/moderation";
import { findProvidersForModeration, getProviderForModeration } from "@/lib/data/moderation-providers";
import { listAuditEntries, listProviderAudit } from "@/lib/data/moderation-audit";
import { listConsultRequestsForModeration, markConsultRequestSpam } from "@/lib/data/moderation-consults";
import { listOpenReports, resolveReport } from "@/lib/data/moderation-reports";
import { searchProviders } from "@/lib/data/search";
import { db } from "@/lib/db";
import { newConsultReference } from "@/lib/reference";
import { resolveSearch } from "@/lib/search/resolve";
import { createProvider, northOf } from "../factories";

// An empty stretch of Wyoming, away from every other test's rows.
const O = { lat: 44.2, lng: -108.2 };
const providerIds: number[] = [];
let moderatorId: string;

async function searchIds(params: Record<string, string> = {}): Promise<number[]> {
  const r = resolveSearch({ near: `${O.lat},${O.lng}`, radius: "25", ...params });
  if (!r.ok) throw new Error(r.message);
  return (await searchProviders({ origin: r.origin, query: r.query, withFacets: true })).results.map((x) => x.id);
}

async function newProvider(input: Partial<Parameters<typeof createProvider>[1]> = {}) {
  const p = await createProvider(db, { locations: [northOf(O.lat, O.lng, 3)], ...input });
  providerIds.push(p.id);
  await db.provider.update({ where: { id: p.id }, data: { contactEmail: `office-${p.id}@example.invalid` } });
  return p;
}

const certOf = async (providerId: number) =>
  (await db.certification.findFirstOrThrow({ where: { providerId }, select: { id: true } })).id;
const auditFor = (action: string, targetId: number) =>
  db.auditLog.findMany({ where: { action, targetId: String(targetId) } });

beforeAll(async () => {
  moderatorId = randomUUID();
  await db.user.create({
    data: {
      id: moderatorId,
      name: "Test Moderator",
      email: `mod-${moderatorId}@example.invalid`,
      role: "MODERATOR",
      emailVerified: true,
    },
  });
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: providerIds } } });
  await db.auditLog.deleteMany({ where: { actorId: moderatorId } });
  await db.user.delete({ where: { id: moderatorId } });
  await db.$disconnect();
});

describe("verifyCertification", () => {
  it("verifying counts the board area as verified in search, with who, how and against what", async () => {
    const p = await newProvider({
      certifications: [{ board: "ABPN", specialty: "NEUROLOGY", subspecialty: "PAIN_MEDICINE" }],
    });
    const certId = await certOf(p.id);
    expect(await searchIds({ verified: "1" })).not.toContain(p.id);

    await verifyCertification({
      certificationId: certId,
      moderatorId,
      state: "VERIFIED",
      method: "BOARD_ONLINE_LOOKUP",
      source: "ABPN Verify Certification, abpn.org",
      note: "Checked twice",
    });

    const provider = await db.provider.findUniqueOrThrow({
      where: { id: p.id },
      select: { verifiedBoardAreas: true, boardAreas: true },
    });
    expect(provider.verifiedBoardAreas).toEqual(["neurology", "pain-medicine"]);
    const cert = await db.certification.findUniqueOrThrow({ where: { id: certId } });
    expect(cert).toMatchObject({
      verificationState: "VERIFIED",
      verificationMethod: "BOARD_ONLINE_LOOKUP",
      verificationSource: "ABPN Verify Certification, abpn.org",
      verifiedById: moderatorId,
    });
    expect(cert.verifiedAt).toBeInstanceOf(Date);
    expect(await searchIds({ verified: "1", board: "neurology" })).toContain(p.id);

    const [entry] = await auditFor("certification.verify", certId);
    expect(entry).toMatchObject({ actorId: moderatorId, targetType: "certification" });
    expect(entry?.details).toMatchObject({
      providerId: p.id,
      from: "UNVERIFIED",
      to: "VERIFIED",
      method: "BOARD_ONLINE_LOOKUP",
      note: "Checked twice",
    });
    expect(
      (await listProviderAudit({ providerId: p.id, certificationIds: [certId] })).map((e) => e.action),
    ).toEqual(["certification.verify"]);
  });

  it("rejecting removes the board area from search altogether", async () => {
    const p = await newProvider({
      certifications: [{ board: "ABPMR", specialty: "PMR", state: "VERIFIED" }],
    });
    const certId = await certOf(p.id);
    expect(await searchIds({ board: "pmr" })).toContain(p.id);

    await verifyCertification({
      certificationId: certId,
      moderatorId,
      state: "REJECTED",
      method: "ABMS_CERTIFICATION_MATTERS",
      source: "certificationmatters.org: no record",
    });

    const provider = await db.provider.findUniqueOrThrow({
      where: { id: p.id },
      select: { verifiedBoardAreas: true, boardAreas: true },
    });
    expect(provider).toEqual({ boardAreas: [], verifiedBoardAreas: [] });
    expect(await searchIds({ board: "pmr" })).not.toContain(p.id);
    expect(await searchIds()).toContain(p.id); // still listed, just not as board certified
    expect(await auditFor("certification.reject", certId)).toHaveLength(1);
  });

  it("a certification deleted meanwhile is NOT_FOUND, and nothing is logged", async () => {
    const p = await newProvider({
      certifications: [{ board: "ABA", specialty: "ANESTHESIOLOGY", subspecialty: "PAIN_MEDICINE" }],
    });
    const certId = await certOf(p.id);
    await db.certification.delete({ where: { id: certId } });
    await expect(
      verifyCertification({
        certificationId: certId,
        moderatorId,
        state: "VERIFIED",
        method: "OTHER",
        source: "ABA directory",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditFor("certification.verify", certId)).toHaveLength(0);
  });
});

describe("suspendProvider / unsuspendProvider", () => {
  it("suspending takes the provider out of search, logs it and e-mails the reason; reinstating brings it back", async () => {
    const p = await newProvider({ locations: [northOf(O.lat, O.lng, 2), northOf(O.lat, O.lng, 4)] });
    expect(await db.searchPoint.count({ where: { providerId: p.id } })).toBe(2);
    expect(await searchIds()).toContain(p.id);

    const reason = "The state medical board lists this licence as revoked.";
    await suspendProvider({ providerId: p.id, moderatorId, reason });

    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUSPENDED");
    expect(await db.searchPoint.count({ where: { providerId: p.id } })).toBe(0);
    expect(await searchIds()).not.toContain(p.id);
    const [entry] = await auditFor("provider.suspend", p.id);
    expect(entry).toMatchObject({
      actorId: moderatorId,
      targetType: "provider",
      details: { reason, from: "PUBLISHED", to: "SUSPENDED" },
    });
    // SMTP_URL is unset in tests: the notice lands in the development outbox.
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: `office-${p.id}@example.invalid` },
      orderBy: { id: "desc" },
    });
    expect(mail.subject).toMatch(/suspended/);
    expect(mail.text).toContain(reason);
    expect((await findProvidersForModeration({ q: "", suspended: true })).map((x) => x.id)).toContain(p.id);

    await unsuspendProvider({ providerId: p.id, moderatorId, reason: "The board corrected its record." });
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PUBLISHED");
    expect(await db.searchPoint.count({ where: { providerId: p.id } })).toBe(2);
    expect(await searchIds()).toContain(p.id);
    expect(await auditFor("provider.unsuspend", p.id)).toHaveLength(1);
  });

  it("a second suspension is a CONFLICT with a clear message, and logs nothing", async () => {
    const p = await newProvider();
    await suspendProvider({
      providerId: p.id,
      moderatorId,
      reason: "Duplicate listing of another provider.",
    });
    await expect(
      suspendProvider({ providerId: p.id, moderatorId, reason: "Duplicate listing of another provider." }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already suspended"),
    });
    expect(await auditFor("provider.suspend", p.id)).toHaveLength(1);
  });

  it("two moderators suspending at once: one succeeds, one gets CONFLICT, one audit entry, one e-mail", async () => {
    const p = await newProvider();
    const results = await Promise.allSettled([
      suspendProvider({ providerId: p.id, moderatorId, reason: "Reported twice for fake reviews." }),
      suspendProvider({ providerId: p.id, moderatorId, reason: "Reported twice for fake reviews." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await auditFor("provider.suspend", p.id)).toHaveLength(1);
    expect(await db.outboxEmail.count({ where: { to: `office-${p.id}@example.invalid` } })).toBe(1);
  });

  it("only a suspended provider can be reinstated, only a published one suspended", async () => {
    const published = await newProvider();
    const pending = await newProvider({ status: "PENDING" });
    await expect(
      unsuspendProvider({ providerId: published.id, moderatorId, reason: "Reinstating by mistake." }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("not suspended") });
    await expect(
      suspendProvider({ providerId: pending.id, moderatorId, reason: "Suspending a pending one." }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("pending") });
    expect((await db.provider.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
    await expect(
      suspendProvider({ providerId: 2_000_000_000, moderatorId, reason: "There is no such provider." }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("reports", () => {
  it("resolving and dismissing close an open report once, with an audit entry", async () => {
    const p = await newProvider();
    const a = await db.report.create({
      data: {
        target: "PROVIDER",
        providerId: p.id,
        reason: "Wrong phone number",
        details: "It rings a pizza shop.",
      },
    });
    const b = await db.report.create({
      data: { target: "PROVIDER", providerId: p.id, reason: "Moved away" },
    });
    expect((await listOpenReports()).map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));

    await resolveReport({
      reportId: a.id,
      moderatorId,
      outcome: "RESOLVED",
      note: "Asked the office to correct it.",
    });
    await resolveReport({ reportId: b.id, moderatorId, outcome: "DISMISSED" });

    expect(await db.report.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "RESOLVED",
      resolvedById: moderatorId,
    });
    expect((await db.report.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("DISMISSED");
    expect(await auditFor("report.resolve", a.id)).toHaveLength(1);
    expect(await auditFor("report.dismiss", b.id)).toHaveLength(1);
    expect((await listOpenReports()).map((r) => r.id)).not.toContain(a.id);
    await expect(resolveReport({ reportId: a.id, moderatorId, outcome: "DISMISSED" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already resolved"),
    });
    expect((await db.report.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("RESOLVED");
  });

  it("two moderators closing one report at once: exactly one wins", async () => {
    const p = await newProvider();
    const r = await db.report.create({
      data: { target: "PROVIDER", providerId: p.id, reason: "Not accepting patients" },
    });
    const results = await Promise.allSettled([
      resolveReport({ reportId: r.id, moderatorId, outcome: "RESOLVED" }),
      resolveReport({ reportId: r.id, moderatorId, outcome: "DISMISSED" }),
    ]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(
      (await auditFor("report.resolve", r.id)).length + (await auditFor("report.dismiss", r.id)).length,
    ).toBe(1);
  });

  it("resolving a review report can hide the review, which leaves the provider's rating", async () => {
    const p = await newProvider({ ratings: [5, 1] });
    const fake = await db.review.findFirstOrThrow({ where: { providerId: p.id, rating: 1 } });
    const r = await db.report.create({
      data: { target: "REVIEW", reviewId: fake.id, reason: "Fake review" },
    });
    expect((await listOpenReports()).find((x) => x.id === r.id)).toMatchObject({
      provider: { id: p.id },
      review: { id: fake.id, rating: 1 },
    });
    await expect(
      resolveReport({ reportId: r.id, moderatorId, outcome: "DISMISSED", hideReview: true }),
    ).rejects.toMatchObject({ code: "INVALID" });

    await resolveReport({
      reportId: r.id,
      moderatorId,
      outcome: "RESOLVED",
      hideReview: true,
      note: "Same network as the owner.",
    });

    expect(await db.review.findUniqueOrThrow({ where: { id: fake.id } })).toMatchObject({
      status: "REJECTED",
      moderatedById: moderatorId,
      rejectReason: "Same network as the owner.",
    });
    expect(
      await db.provider.findUniqueOrThrow({
        where: { id: p.id },
        select: { reviewCount: true, ratingAverage: true },
      }),
    ).toEqual({ reviewCount: 1, ratingAverage: 5 });
    expect(await auditFor("review.hide", fake.id)).toHaveLength(1);
  });
});

describe("consultation request spam", () => {
  it("marks a request as spam once, with an audit entry; the list flags repeats from one network", async () => {
    const p = await newProvider();
    const base = {
      providerId: p.id,
      patientName: "Spam Bot",
      patientEmail: "bot@example.invalid",
      message: "Buy now",
      consent: true,
      networkHash: `net-${p.id}`,
    };
    const first = await db.consultRequest.create({ data: { ...base, reference: newConsultReference() } });
    const second = await db.consultRequest.create({ data: { ...base, reference: newConsultReference() } });

    const listed = (await listConsultRequestsForModeration({ limit: 200 })).find((r) => r.id === second.id);
    expect(listed).toMatchObject({
      patientEmail: "bot@example.invalid",
      provider: { id: p.id },
      sameNetworkDay: 2,
    });

    await markConsultRequestSpam({ id: first.id, moderatorId });
    expect((await db.consultRequest.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("SPAM");
    expect(await auditFor("consult-request.spam", first.id)).toHaveLength(1);
    await expect(markConsultRequestSpam({ id: first.id, moderatorId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(markConsultRequestSpam({ id: 2_000_000_000, moderatorId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await auditFor("consult-request.spam", first.id)).toHaveLength(1);
  });
});

describe("reading for moderators", () => {
  it("finds a provider by NPI and shows its certifications with the last check", async () => {
    const p = await newProvider({ certifications: [{ board: "ABPN", specialty: "NEUROLOGY" }] });
    expect((await findProvidersForModeration({ q: p.npi })).map((x) => x.id)).toEqual([p.id]);
    const certId = await certOf(p.id);
    await verifyCertification({
      certificationId: certId,
      moderatorId,
      state: "VERIFIED",
      method: "PHONE_CALL_TO_BOARD",
      source: "ABPN by phone",
    });
    const view = await getProviderForModeration({ id: p.id });
    expect(view?.certifications[0]).toMatchObject({
      verificationState: "VERIFIED",
      verificationSource: "ABPN by phone",
      verifiedBy: { name: "Test Moderator" },
    });
  });

  it("lists the audit log newest first, in pages", async () => {
    const { total, entries } = await listAuditEntries({ page: 1, pageSize: 3 });
    expect(total).toBeGreaterThanOrEqual(10);
    expect(entries).toHaveLength(3);
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    const next = await listAuditEntries({ page: 2, pageSize: 3 });
    expect(next.entries[0]!.id).toBeLessThan(ids.at(-1)!);
  });
});
