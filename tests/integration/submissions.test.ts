// Provider submissions against real PostgreSQL: submit -> pending -> approve/reject, and their rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitProviderEdit } from "@/lib/data/accounts";
import { searchProviders } from "@/lib/data/search";
import {
  approveSubmission,
  createNewSubmission,
  getSubmissionForReview,
  listSubmissions,
  rejectSubmission,
} from "@/lib/data/submissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NPI_MESSAGES } from "@/lib/npi";
import { resolveSearch } from "@/lib/search/resolve";
import { freshNpi, samplePayload } from "./submission-payload";

const tag = Date.now().toString(36);
const moderatorId = `mod-${tag}`;

beforeAll(async () => {
  await db.user.create({
    data: {
      id: moderatorId,
      email: `mod-${tag}@example.org`,
      name: "Mod",
      role: "MODERATOR",
      emailVerified: true,
    },
  });
});

afterAll(async () => {
  await db.$disconnect();
});

async function submitNew(over: Parameters<typeof samplePayload>[0] = {}) {
  const payload = samplePayload(over);
  const r = await createNewSubmission({
    payload,
    submittedById: null,
    submitterEmail: payload.identity.contactEmail,
  });
  if (r.status !== "created") throw new Error(`not created: ${JSON.stringify(r)}`);
  return { ...r, payload };
}

async function caught(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const mails = (to: string) =>
  db.outboxEmail.findMany({ where: { to }, orderBy: { id: "asc" }, select: { subject: true, text: true } });

describe("new submissions", () => {
  it("stores a pending submission with a reference and e-mails the submitter", async () => {
    const s = await submitNew();
    expect(s.reference).toMatch(/^NCF-[2-9A-HJ-NP-Z]{6}$/);
    const row = await db.submission.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({
      status: "PENDING",
      kind: "NEW",
      providerId: null,
      contactEmail: s.payload.identity.contactEmail,
    });
    // No provider exists until a moderator approves.
    expect(await db.provider.count({ where: { npi: s.payload.identity.npi } })).toBe(0);
    const sent = await mails(s.payload.identity.contactEmail);
    expect(sent.map((m) => m.subject)).toEqual([`We received your submission ${s.reference}`]);
    expect((await listSubmissions({ status: "PENDING" })).map((x) => x.reference)).toContain(s.reference);
  });

  it("refuses an NPI with a wrong check digit, explaining it", async () => {
    const payload = { ...samplePayload(), identity: { ...samplePayload().identity, npi: "1234567890" } };
    const e = await caught(
      createNewSubmission({ payload, submittedById: null, submitterEmail: "x@example.org" }),
    );
    expect(e.code).toBe("INVALID");
    expect(e.fields?.["identity.npi"]).toBe(NPI_MESSAGES["check-digit"]);
  });

  it("refuses an unknown ZIP with a field error", async () => {
    const payload = samplePayload({ zip: "00000" });
    const e = await caught(
      createNewSubmission({ payload, submittedById: null, submitterEmail: "x@example.org" }),
    );
    expect(e.fields?.["locations.0.zip"]).toBe("We don't know ZIP 00000; check it.");
    expect(
      await db.submission.count({
        where: { payload: { path: ["identity", "npi"], equals: payload.identity.npi } },
      }),
    ).toBe(0);
  });

  it("offers the claim instead of a duplicate when the NPI is listed, and says when one is pending", async () => {
    const s = await submitNew();
    const again = await createNewSubmission({
      payload: samplePayload({ npi: s.payload.identity.npi }),
      submittedById: null,
      submitterEmail: "other@example.org",
    });
    expect(again).toEqual({ status: "npi-taken", listing: { status: "pending" } });

    const { providerId } = await approveSubmission({ id: s.id, moderatorId });
    const third = await createNewSubmission({
      payload: samplePayload({ npi: s.payload.identity.npi }),
      submittedById: null,
      submitterEmail: "other@example.org",
    });
    expect(third).toMatchObject({
      status: "npi-taken",
      listing: { status: "listed", providerId, claimUrl: `/providers/${providerId}/claim` },
    });
    expect(
      third.status === "npi-taken" && third.listing.status === "listed" && third.listing.profileUrl,
    ).toMatch(new RegExp(`^/providers/${providerId}-`));
    expect(await db.provider.count({ where: { npi: s.payload.identity.npi } })).toBe(1);
  });

  it("treats the same submission sent twice (a double click) as one", async () => {
    const payload = samplePayload();
    const [a, b] = await Promise.all([
      createNewSubmission({ payload, submittedById: null, submitterEmail: payload.identity.contactEmail }),
      createNewSubmission({ payload, submittedById: null, submitterEmail: payload.identity.contactEmail }),
    ]);
    expect(a).toMatchObject({ status: "created" });
    expect(b).toMatchObject({ status: "created", reference: a.status === "created" ? a.reference : "" });
    expect(
      await db.submission.count({
        where: { payload: { path: ["identity", "npi"], equals: payload.identity.npi } },
      }),
    ).toBe(1);
    expect(await mails(payload.identity.contactEmail)).toHaveLength(1);
  });

  it("stores HTML and script as text", async () => {
    const s = await submitNew({ lastName: `<script>alert("x")</script>` });
    const review = await getSubmissionForReview({ id: s.id });
    expect(review?.payload?.identity.lastName).toBe(`<script>alert("x")</script>`);
  });
});

describe("approveSubmission", () => {
  it("publishes the provider with its data, owned by the submitter, findable near its ZIP", async () => {
    const s = await submitNew();
    const review = await getSubmissionForReview({ id: s.id });
    expect(review?.changes.find((c) => c.field === "identity.lastName")).toEqual({
      field: "identity.lastName",
      label: "Last name",
      before: null,
      after: "Quill",
    });

    const { providerId } = await approveSubmission({ id: s.id, moderatorId });
    const p = await db.provider.findUniqueOrThrow({
      where: { id: providerId },
      include: { locations: true, certifications: true, experience: true, owner: true },
    });
    expect(p).toMatchObject({
      status: "PUBLISHED",
      source: "SUBMITTED",
      npi: s.payload.identity.npi,
      languages: ["en", "es"],
      languagesOther: ["Klingon"],
      gender: "FEMALE",
      insurancePlans: ["medicare", "bcbs"],
    });
    // The plans are confirmed as of the submission the provider attested.
    const { createdAt } = await db.submission.findUniqueOrThrow({
      where: { id: s.id },
      select: { createdAt: true },
    });
    expect(p.insuranceConfirmedAt).toEqual(createdAt);
    expect(
      review?.changes
        .filter((c) => /^(identity\.(languages|languagesOther|gender)|insurancePlans)$/.test(c.field))
        .map((c) => [c.label, c.after]),
    ).toEqual([
      ["Gender", "Female"],
      ["Languages", "English, Spanish"],
      ["Other languages (shown as written)", "Klingon"],
      ["Insurance plans (reported by the practice)", "Medicare, Blue Cross Blue Shield"],
    ]);
    // The search's read model has the new facts (refreshed in the approval's transaction).
    const [point] = await db.searchPoint.findMany({ where: { providerId }, select: { facts: true } });
    expect(point?.facts).toEqual(
      expect.arrayContaining([
        "language:en",
        "language:es",
        "gender:female",
        "insurance:medicare",
        "insurance:bcbs",
      ]),
    );
    expect(p.owner?.email).toBe(s.payload.identity.contactEmail);
    expect(p.locations[0]).toMatchObject({
      zip: "82001",
      phone: "(307) 555-0142",
      geoSource: "zip-centroid",
      isPrimary: true,
    });
    expect(p.certifications.map((c) => c.verificationState)).toEqual(["UNVERIFIED"]);
    expect(p.experience).toMatchObject({ yearsInjecting: 11, yearlyNeckProcedures: 250, guidance: ["EMG"] });
    expect(await db.submission.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      status: "APPROVED",
      reviewerId: moderatorId,
      providerId,
    });
    expect(
      await db.auditLog.count({
        where: { action: "submission.approve", targetId: String(s.id), actorId: moderatorId },
      }),
    ).toBe(1);
    expect((await mails(s.payload.identity.contactEmail)).at(-1)?.subject).toBe(
      `Submission ${s.reference} approved`,
    );

    const r = resolveSearch({ near: "82001", radius: "10" });
    if (!r.ok) throw new Error(r.message);
    const page = await searchProviders({ origin: r.origin, query: r.query, withFacets: true });
    expect(page.results.map((x) => x.id)).toContain(providerId);
  });

  it("publishes once when two moderators approve at the same time", async () => {
    const s = await submitNew();
    const results = await Promise.allSettled([
      approveSubmission({ id: s.id, moderatorId }),
      approveSubmission({ id: s.id, moderatorId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect((lost as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already reviewed"),
    });
    expect(await db.provider.count({ where: { npi: s.payload.identity.npi } })).toBe(1);
  });

  it("leaves nothing behind when a write in the middle fails", async () => {
    const s = await submitNew();
    // The NPI gets listed meanwhile (as an import would): creating the provider fails after the
    // submission was marked approved and the owner account was created, in the same transaction.
    await db.provider.create({
      data: {
        npi: s.payload.identity.npi,
        firstName: "Imported",
        lastName: "Row",
        credential: "MD",
        source: "NPPES_IMPORT",
      },
    });
    const e = await caught(approveSubmission({ id: s.id, moderatorId }));
    expect(e.code).toBe("CONFLICT");
    expect(await db.submission.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      status: "PENDING",
      reviewerId: null,
      reviewedAt: null,
    });
    expect(await db.user.count({ where: { email: s.payload.identity.contactEmail } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "submission.approve", targetId: String(s.id) } })).toBe(
      0,
    );
    expect(await db.provider.count({ where: { npi: s.payload.identity.npi } })).toBe(1);
  });
});

describe("rejectSubmission", () => {
  it("needs a reason, e-mails it, and only works on pending submissions", async () => {
    const s = await submitNew();
    expect(
      (await caught(rejectSubmission({ id: s.id, moderatorId, reason: "   " }))).fields?.reason,
    ).toBeTruthy();
    expect((await caught(rejectSubmission({ id: s.id, moderatorId, reason: "x".repeat(1001) }))).code).toBe(
      "INVALID",
    );

    await rejectSubmission({
      id: s.id,
      moderatorId,
      reason: "We could not confirm the board certification.",
    });
    expect(await db.submission.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      status: "REJECTED",
      reason: "We could not confirm the board certification.",
    });
    const last = (await mails(s.payload.identity.contactEmail)).at(-1);
    expect(last?.subject).toBe(`Submission ${s.reference} was not approved`);
    expect(last?.text).toContain("We could not confirm the board certification.");

    expect((await caught(approveSubmission({ id: s.id, moderatorId }))).code).toBe("CONFLICT");
    expect((await caught(rejectSubmission({ id: s.id, moderatorId, reason: "Again" }))).code).toBe(
      "CONFLICT",
    );
    expect(await db.provider.count({ where: { npi: s.payload.identity.npi } })).toBe(0);
    expect((await caught(approveSubmission({ id: 2_000_000_000, moderatorId }))).code).toBe("NOT_FOUND");
  });
});

describe("edits", () => {
  it("keeps the published version until approved, then applies it and keeps unchanged verifications", async () => {
    const s = await submitNew();
    const { providerId } = await approveSubmission({ id: s.id, moderatorId });
    const owner = await db.provider.findUniqueOrThrow({
      where: { id: providerId },
      select: { ownerId: true },
    });
    await db.certification.updateMany({
      where: { providerId },
      data: { verificationState: "VERIFIED", verifiedAt: new Date(), verifiedById: moderatorId },
    });
    const locationBefore = await db.location.findFirstOrThrow({
      where: { providerId },
      select: { id: true },
    });

    const edited = samplePayload({
      npi: s.payload.identity.npi,
      lastName: "Quill-Hart",
      email: s.payload.identity.contactEmail,
    });
    edited.locations[0] = { ...edited.locations[0]!, telehealthConsults: false };
    edited.certifications.push({
      board: "ABPN",
      specialty: "NEUROLOGY",
      subspecialty: "PAIN_MEDICINE",
      year: 2015,
    });
    const edit = await submitProviderEdit({ userId: owner.ownerId!, providerId, payload: edited });

    expect(
      await db.provider.findUniqueOrThrow({ where: { id: providerId }, select: { lastName: true } }),
    ).toEqual({ lastName: "Quill" });
    const review = await getSubmissionForReview({ id: edit.id });
    expect(review?.kind).toBe("EDIT");
    expect(review?.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["identity.lastName", "Quill", "Quill-Hart"],
      ["locations.0.telehealthConsults", "Yes", "No"],
      [
        "certifications.1",
        null,
        "American Board of Psychiatry and Neurology: Neurology, subspecialty Pain medicine (2015)",
      ],
    ]);

    await approveSubmission({ id: edit.id, moderatorId });
    const p = await db.provider.findUniqueOrThrow({
      where: { id: providerId },
      include: { certifications: { orderBy: { id: "asc" } }, locations: true },
    });
    expect(p.lastName).toBe("Quill-Hart");
    expect(p.certifications.map((c) => [c.subspecialty, c.verificationState])).toEqual([
      [null, "VERIFIED"],
      ["PAIN_MEDICINE", "UNVERIFIED"],
    ]);
    // Same street and ZIP: the same location row, updated in place.
    expect(p.locations.map((l) => [l.id, l.telehealthConsults])).toEqual([[locationBefore.id, false]]);
    const point = await db.searchPoint.findUniqueOrThrow({
      where: { locationId: locationBefore.id },
      select: { locCombo: true },
    });
    expect(point.locCombo & 2).toBe(0);
    // After approval the diff still shows what changed (against the profile it replaced).
    expect((await getSubmissionForReview({ id: edit.id }))?.changes.map((c) => c.field)).toContain(
      "identity.lastName",
    );
  });

  it("moves the experience's last-updated date only when the experience changed", async () => {
    const s = await submitNew();
    const { providerId } = await approveSubmission({ id: s.id, moderatorId });
    const { ownerId } = await db.provider.findUniqueOrThrow({ where: { id: providerId }, select: { ownerId: true } });
    const long = new Date("2025-01-15T00:00:00Z");
    await db.neckExperience.update({ where: { providerId }, data: { updatedAt: long } });
    const updatedAt = async () =>
      (await db.neckExperience.findUniqueOrThrow({ where: { providerId }, select: { updatedAt: true } })).updatedAt;

    // A new last name, the same experience: the date stays.
    const sameExperience = samplePayload({ npi: s.payload.identity.npi, lastName: "Other", email: s.payload.identity.contactEmail });
    sameExperience.experience = { ...s.payload.experience, guidance: [...s.payload.experience.guidance].reverse() };
    const a = await submitProviderEdit({ userId: ownerId!, providerId, payload: sameExperience });
    await approveSubmission({ id: a.id, moderatorId });
    expect(await updatedAt()).toEqual(long);

    const more = samplePayload({ npi: s.payload.identity.npi, lastName: "Other", email: s.payload.identity.contactEmail });
    more.experience = { ...s.payload.experience, yearsInjecting: (s.payload.experience.yearsInjecting ?? 0) + 1 };
    const b = await submitProviderEdit({ userId: ownerId!, providerId, payload: more });
    await approveSubmission({ id: b.id, moderatorId });
    expect((await updatedAt()).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("shows changed languages, gender and plans by name, applies them, and dates the plans only while there are some", async () => {
    const s = await submitNew();
    const { providerId } = await approveSubmission({ id: s.id, moderatorId });
    const { ownerId } = await db.provider.findUniqueOrThrow({
      where: { id: providerId },
      select: { ownerId: true },
    });
    const same = { npi: s.payload.identity.npi, email: s.payload.identity.contactEmail };

    const edited = samplePayload({ ...same, insurancePlans: ["medicare", "tricare"] });
    edited.identity = { ...edited.identity, languages: ["en", "vi"], languagesOther: [], gender: undefined };
    const edit = await submitProviderEdit({ userId: ownerId!, providerId, payload: edited });
    const review = await getSubmissionForReview({ id: edit.id });
    expect(review?.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Gender", "Female", null],
      ["Languages", "English, Spanish", "English, Vietnamese"],
      ["Other languages (shown as written)", "Klingon", null],
      ["Insurance plans (reported by the practice)", "Medicare, Blue Cross Blue Shield", "Medicare, TRICARE"],
    ]);
    await approveSubmission({ id: edit.id, moderatorId });
    const editedAt = (await db.submission.findUniqueOrThrow({ where: { id: edit.id } })).createdAt;
    expect(await db.provider.findUniqueOrThrow({ where: { id: providerId } })).toMatchObject({
      languages: ["en", "vi"],
      languagesOther: [],
      gender: null,
      insurancePlans: ["medicare", "tricare"],
      insuranceConfirmedAt: editedAt,
    });
    const facts = (await db.searchPoint.findFirstOrThrow({ where: { providerId } })).facts;
    expect(facts).toContain("language:vi");
    expect(facts).toContain("insurance:tricare");
    expect(
      facts.filter((f) => f.startsWith("gender:") || f === "language:es" || f === "insurance:bcbs"),
    ).toEqual([]);

    const none = await submitProviderEdit({
      userId: ownerId!,
      providerId,
      payload: samplePayload({ ...same, insurancePlans: [] }),
    });
    await approveSubmission({ id: none.id, moderatorId });
    expect(await db.provider.findUniqueOrThrow({ where: { id: providerId } })).toMatchObject({
      insurancePlans: [],
      insuranceConfirmedAt: null,
    });
  });

  it("reads a submission stored before languages were codes, and approves it with codes", async () => {
    const legacy = JSON.parse(JSON.stringify(samplePayload())) as Record<string, unknown> & {
      identity: Record<string, unknown>;
    };
    legacy.identity.languages = "English, Español, Klingon";
    delete legacy.identity.languagesOther;
    delete legacy.identity.gender;
    delete legacy.insurancePlans;
    const row = await db.submission.create({
      data: {
        reference: `NCF-L${tag.slice(-5).toUpperCase()}`,
        kind: "NEW",
        contactEmail: String(legacy.identity.contactEmail),
        payload: legacy as object,
      },
    });
    const review = await getSubmissionForReview({ id: row.id });
    expect(review?.changes.find((c) => c.field === "identity.languages")?.after).toBe("English, Spanish");
    const { providerId } = await approveSubmission({ id: row.id, moderatorId });
    expect(await db.provider.findUniqueOrThrow({ where: { id: providerId } })).toMatchObject({
      languages: ["en", "es"],
      languagesOther: ["Klingon"],
      gender: null,
      insurancePlans: [],
      insuranceConfirmedAt: null,
    });
  });

  it("refuses to change the NPI of a listing", async () => {
    const s = await submitNew();
    const { providerId } = await approveSubmission({ id: s.id, moderatorId });
    const owner = await db.provider.findUniqueOrThrow({
      where: { id: providerId },
      select: { ownerId: true },
    });
    const e = await caught(
      submitProviderEdit({ userId: owner.ownerId!, providerId, payload: samplePayload({ npi: freshNpi() }) }),
    );
    expect(e.fields?.["identity.npi"]).toMatch(/cannot be changed/);
  });
});
