// The public profile's data (published only, nothing private), its JSON-LD, and "report incorrect
// information", against real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reportIncorrectInformation } from "@/app/[locale]/(public)/providers/[id]/actions";
import { physicianJsonLd, scriptSafeJson } from "@/app/[locale]/(public)/providers/[id]/json-ld";
import { getPublicProfile } from "@/lib/data/profiles";
import { createProviderReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { ZProviderReport } from "@/lib/validation/report";
import { createProvider } from "../factories";

// The action reads the client's network from the request headers; here the test decides it.
const network = vi.hoisted(() => ({ ip: "198.51.100.1" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": network.ip }) }));

const ids: Record<string, number> = {};
const PRIVATE_EMAIL = "private-practice-inbox@example.org";
const at = { lat: 44.5, lng: -110.5 }; // far from other files' rows

beforeAll(async () => {
  ids.recommender = (
    await createProvider(db, { firstName: "Rec", lastName: "Ommender", locations: [at] })
  ).id;
  ids.hidden = (await createProvider(db, { status: "SUSPENDED", locations: [at] })).id;
  ids.pending = (await createProvider(db, { status: "PENDING", locations: [at] })).id;
  ids.main = (
    await createProvider(db, {
      firstName: "Jane",
      lastName: "Doe",
      locations: [at, { ...at, referralRequired: true, telehealth: true }],
      certifications: [
        { board: "ABPN", specialty: "NEUROLOGY", state: "VERIFIED" },
        { board: "ABPMR", specialty: "PMR", subspecialty: "PAIN_MEDICINE" },
        { board: "ABA", specialty: "ANESTHESIOLOGY", state: "REJECTED" },
      ],
      years: 9,
      volume: 150,
      guidance: ["EMG"],
      ratings: [5, 5, 4, 2],
      recommendedBy: [ids.recommender, ids.hidden],
    })
  ).id;
  const owner = await db.user.create({
    data: { id: `u-${ids.main}`, name: "Owner", email: `owner-${ids.main}@example.org` },
  });
  await db.provider.update({
    where: { id: ids.main },
    data: { contactEmail: PRIVATE_EMAIL, ownerId: owner.id },
  });
  await db.certification.updateMany({
    where: { providerId: ids.main, verificationState: "VERIFIED" },
    data: {
      verificationSource: "ABPN Verify Certification (abpn.org)",
      verificationMethod: "BOARD_ONLINE_LOOKUP",
    },
  });
  // A review waiting for moderation must not count or show.
  await db.review.create({
    data: {
      providerId: ids.main,
      rating: 1,
      body: "Pending review text",
      displayName: "P.",
      emailHash: `pending-${ids.main}`,
      status: "PENDING",
    },
  });
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.user.deleteMany({ where: { id: `u-${ids.main}` } });
  await db.$disconnect();
});

describe("getPublicProfile", () => {
  it("returns null for unpublished and unknown ids", async () => {
    expect(await getPublicProfile({ id: ids.hidden! })).toBeNull();
    expect(await getPublicProfile({ id: ids.pending! })).toBeNull();
    expect(await getPublicProfile({ id: 2_000_000_000 })).toBeNull();
  });

  it("never returns the private contact e-mail or the owner", async () => {
    const p = await getPublicProfile({ id: ids.main! });
    const json = JSON.stringify(p);
    expect(json).not.toContain(PRIVATE_EMAIL);
    expect(json).not.toContain(`owner-${ids.main}@example.org`);
    expect(json).not.toMatch(/contactEmail|ownerId|emailHash|networkHash/);
  });

  it("shows verified and self-reported certifications apart, and hides rejected ones", async () => {
    const p = (await getPublicProfile({ id: ids.main! }))!;
    expect(p.name).toBe("Jane Doe, MD");
    expect(p.path).toBe(`/providers/${ids.main}-jane-doe-md`);
    expect(p.certifications.map((c) => [c.board, c.verified])).toEqual([
      ["ABPN", true],
      ["ABPMR", false],
    ]);
    const verified = p.certifications[0]!;
    expect(verified.verifiedAt).not.toBeNull();
    expect(verified.verificationSource).toBe("ABPN Verify Certification (abpn.org)");
    expect(p.certifications[1]!.verifiedAt).toBeNull();
  });

  it("summarises approved reviews only, and lists approved recommendations from public profiles", async () => {
    const p = (await getPublicProfile({ id: ids.main! }))!;
    expect(p.reviews.count).toBe(4);
    expect(p.reviews.average).toBe(4);
    expect(p.reviews.distribution).toEqual([0, 1, 0, 1, 2]);
    expect(p.reviews.newest.map((r) => r.body)).not.toContain("Pending review text");
    expect(p.recommendations.map((r) => r.fromId)).toEqual([ids.recommender]);
    expect(p.experience).toMatchObject({ yearsInjecting: 9, yearlyNeckProcedures: 150, guidance: ["EMG"] });
    expect(p.locations.map((l) => l.referralRequired)).toEqual([false, true]);
  });
});

describe("languages, gender and insurance", () => {
  it("gives languages as codes and as written, gender only when stated, and the plans with their date", async () => {
    const { id } = await createProvider(db, {
      locations: [at],
      languages: ["en", "es", "sgn"],
      gender: "FEMALE",
      insurancePlans: ["medicare", "kaiser"],
    });
    ids.facts = id;
    await db.provider.update({ where: { id }, data: { languagesOther: ["Hmong"] } });
    const p = (await getPublicProfile({ id }))!;
    expect(p).toMatchObject({
      languages: ["en", "es", "sgn"],
      languagesOther: ["Hmong"],
      gender: "female",
      insurance: { plans: ["medicare", "kaiser"], confirmedAt: expect.any(String) },
    });
    // Search engines get the codes (BCP 47: American Sign Language is "ase"), never the plans.
    expect(physicianJsonLd(p).knowsLanguage).toEqual(["en", "es", "ase"]);
    expect(JSON.stringify(physicianJsonLd(p))).not.toMatch(/medicare|kaiser|female/i);

    const main = (await getPublicProfile({ id: ids.main! }))!;
    expect(main).toMatchObject({ gender: null, insurance: { plans: [], confirmedAt: null } });
    expect(physicianJsonLd(main)).not.toHaveProperty("knowsLanguage");
  });

  it("says nothing about the insurance of a registry listing nobody has claimed: unknown, not none", async () => {
    const { id } = await createProvider(db, { locations: [at], gender: "MALE" });
    ids.imported = id;
    await db.provider.update({ where: { id }, data: { source: "NPPES_IMPORT", claimed: false } });
    expect(await getPublicProfile({ id })).toMatchObject({ insurance: null, gender: "male", languages: [] });
  });
});

describe("JSON-LD", () => {
  it("is a Physician and cannot break out of its script element", async () => {
    await db.provider.update({
      where: { id: ids.main! },
      data: { lastName: "</script><script>alert(1)</script>" },
    });
    try {
      const p = (await getPublicProfile({ id: ids.main! }))!;
      const data = physicianJsonLd(p);
      expect(data["@type"]).toBe("Physician");
      expect(data.address).toHaveLength(2);
      const text = scriptSafeJson(data);
      expect(text).not.toMatch(/<\/?script/i);
      expect((JSON.parse(text) as { name: string }).name).toBe("Jane </script><script>alert(1)</script>, MD");
    } finally {
      await db.provider.update({ where: { id: ids.main! }, data: { lastName: "Doe" } });
    }
  });
});

describe("reports", () => {
  it("puts a report about a published provider into the moderation queue", async () => {
    const input = ZProviderReport.parse({
      providerId: String(ids.main),
      reason: "ADDRESS_OR_PHONE",
      details: "<b>Moved</b> to 2 Main St",
    });
    const { id } = await createProviderReport({ input, networkHash: "test-network" });
    const row = await db.report.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      target: "PROVIDER",
      providerId: ids.main,
      status: "OPEN",
      details: "<b>Moved</b> to 2 Main St",
    });
    expect(row.reason).toBe("The address or phone number is wrong");
  });

  it("refuses unpublished providers and saves nothing", async () => {
    const before = await db.report.count();
    const input = ZProviderReport.parse({ providerId: ids.hidden, reason: "OTHER", details: "x" });
    await expect(createProviderReport({ input, networkHash: "n" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.report.count()).toBe(before);
  });

  it("asks for details when the reason is 'something else'", () => {
    const r = ZProviderReport.safeParse({ providerId: "1", reason: "OTHER", details: "  " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ["details"],
      message: "Tell us what is wrong, so a moderator can check it.",
    });
  });

  it("the action keeps the input on bad input and rate limits a network", async () => {
    network.ip = "198.51.100.77";
    const form = (fields: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) f.set(k, v);
      return f;
    };
    const bad = await reportIncorrectInformation(
      { status: "idle" },
      form({ providerId: String(ids.main), details: "typed" }),
    );
    expect(bad).toMatchObject({
      status: "error",
      fieldErrors: { reason: "Choose what is wrong." },
      values: { details: "typed" },
    });

    const good = form({ providerId: String(ids.main), reason: "CONSULTATIONS", details: "" });
    for (let i = 0; i < 10; i++)
      expect((await reportIncorrectInformation({ status: "idle" }, good)).status).toBe("ok");
    const limited = await reportIncorrectInformation({ status: "idle" }, good);
    expect(limited.status).toBe("error");
    expect(limited.message).toMatch(/^Too many attempts\. Please try again in \d+ minutes?\.$/);
  });
});
