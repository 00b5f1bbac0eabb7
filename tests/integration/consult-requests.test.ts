// Consultation requests against real PostgreSQL: validation, storage, the e-mail to the practice
// (SMTP_URL unset: the outbox table), delivery fallbacks, duplicates, rate limits, and all-or-nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requestConsultation } from "@/app/[locale]/(public)/providers/[id]/actions";
import { createConsultRequest } from "@/lib/data/consult-requests";
import { sendMail } from "@/lib/data/mail";
import { keyedHash } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
import { CONSULT_REFERENCE_FORMAT } from "@/lib/reference";
import { ZConsultRequest, type TConsultRequest } from "@/lib/validation/consult-request";
import { createProvider } from "../factories";

// The client address as the production server vouches for it (lib/http/client-address.ts).
const network = vi.hoisted(() => {
  const token = "integration-peer-token-0123456789abcdef";
  (globalThis as Record<symbol, unknown>)[Symbol.for("neckcare.peerToken")] = token;
  return { ip: "203.0.113.1", token };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": network.ip, "x-neckcare-peer-token": network.token }) }));
// The real sendMail (outbox), wrapped so one test can make the mail server fail.
vi.mock("@/lib/data/mail", async (original) => {
  const real = await original<typeof import("@/lib/data/mail")>();
  return { ...real, sendMail: vi.fn(real.sendMail) };
});

const at = { lat: 45.5, lng: -111.5 };
const ids: Record<string, number> = {};
const INBOX = "consults-test@example.org";
let userId = "";
let ipCounter = 0;
const freshIp = () => `203.0.113.${(ipCounter = (ipCounter % 250) + 1)}`;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const valid = (providerId: number, extra: Record<string, string> = {}) =>
  form({
    providerId: String(providerId),
    locationId: "",
    name: "Pat Patient",
    email: "pat@example.org",
    phone: "",
    preferredTimes: "Mornings",
    message: "I have cervical dystonia.",
    consent: "on",
    ...extra,
  });

function input(providerId: number, over: Partial<Record<string, unknown>> = {}): TConsultRequest {
  return ZConsultRequest.parse({
    providerId,
    name: "Pat",
    email: "pat@example.org",
    message: `Hello ${Math.random()}`,
    consent: true,
    ...over,
  });
}

beforeAll(async () => {
  ids.withEmail = (await createProvider(db, { firstName: "Mail", lastName: "Able", locations: [at, at] })).id;
  ids.ownerOnly = (await createProvider(db, { locations: [at] })).id;
  ids.noAddress = (await createProvider(db, { locations: [at] })).id;
  ids.unpublished = (await createProvider(db, { status: "PENDING", locations: [at] })).id;
  await db.provider.update({ where: { id: ids.withEmail }, data: { contactEmail: INBOX } });
  userId = `owner-${ids.ownerOnly}`;
  await db.user.create({ data: { id: userId, name: "Owner", email: `${userId}@example.org` } });
  await db.provider.update({ where: { id: ids.ownerOnly }, data: { ownerId: userId } });
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.user.deleteMany({ where: { id: userId } });
  await db.$disconnect();
});

describe("ZConsultRequest", () => {
  it("needs an e-mail or a phone, consent, a name and a message, with clear messages", () => {
    const r = ZConsultRequest.safeParse({
      providerId: "1",
      name: "",
      email: "",
      phone: "",
      message: "",
      consent: false,
    });
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      name: "Enter your name.",
      message: "Write a short message for the practice.",
      consent: "Tick the box to agree that we pass your request on to the practice.",
      contact: "Give an e-mail address or a phone number, so the practice can reach you.",
    });
  });

  it("rejects a bad e-mail, a short phone number and over-long text", () => {
    const r = ZConsultRequest.safeParse({
      providerId: "1",
      name: "x".repeat(121),
      email: "nope",
      phone: "555-1234",
      preferredTimes: "y".repeat(201),
      message: "z".repeat(1001),
      consent: "on",
    });
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      name: "Keep your name to 120 characters (it has 121).",
      email: "Enter a valid e-mail address, e.g. name@example.org.",
      phone: "Enter a phone number with its area code, e.g. 555-123-4567.",
      preferredTimes: "Keep the preferred times to 200 characters (it has 201).",
      message: "Keep the message to 1,000 characters (it has 1,001).",
    });
  });

  it("keeps markup as text", () => {
    const r = ZConsultRequest.parse({
      providerId: 1,
      name: "<b>Pat</b>",
      phone: "(555) 123-4567",
      message: "<script>alert(1)</script>",
      consent: true,
    });
    expect(r).toMatchObject({ name: "<b>Pat</b>", message: "<script>alert(1)</script>", email: "" });
  });
});

describe("createConsultRequest", () => {
  it("stores the request, e-mails the practice and marks it delivered", async () => {
    const data = input(ids.withEmail!, {
      message: "<script>alert('x')</script>\nSecond line",
      phone: "555-123-4567",
    });
    const r = await createConsultRequest({ input: data, networkHash: "net-a" });
    expect(r).toMatchObject({ delivery: "sent", providerName: "Mail Able, MD", duplicate: false });
    expect(r.reference).toMatch(CONSULT_REFERENCE_FORMAT);
    const row = await db.consultRequest.findUniqueOrThrow({ where: { reference: r.reference } });
    expect(row).toMatchObject({
      status: "DELIVERED",
      patientEmail: "pat@example.org",
      patientPhone: "555-123-4567",
      networkHash: "net-a",
      consent: true,
    });
    expect(row.message).toBe("<script>alert('x')</script>\nSecond line");
    expect(row.deliveredAt).not.toBeNull();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: INBOX }, orderBy: { id: "desc" } });
    expect(mail.subject).toBe(`Consultation request from NeckCare Finder (reference ${r.reference})`);
    expect(mail.text).toContain("E-mail: pat@example.org");
    expect(mail.text).toContain("<script>alert('x')</script>\nSecond line");
    expect(mail.html).toBeNull();
  });

  it("falls back to the owner's e-mail, or leaves it for moderators when there is none", async () => {
    const owner = await createConsultRequest({ input: input(ids.ownerOnly!), networkHash: "net-b" });
    expect(owner.delivery).toBe("sent");
    expect(await db.outboxEmail.count({ where: { to: `${userId}@example.org` } })).toBe(1);

    const mailsBefore = await db.outboxEmail.count();
    const none = await createConsultRequest({ input: input(ids.noAddress!), networkHash: "net-b" });
    expect(none.delivery).toBe("moderators");
    // Only the patient's copy, which says who passes the request on.
    expect(await db.outboxEmail.count()).toBe(mailsBefore + 1);
    const copy = await db.outboxEmail.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(copy.to).toBe("pat@example.org");
    expect(copy.text).toContain("our moderators will forward your request");
    expect((await db.consultRequest.findUniqueOrThrow({ where: { reference: none.reference } })).status).toBe("NEW");
  });

  it("keeps the request as NEW when the e-mail cannot be sent", async () => {
    vi.mocked(sendMail).mockRejectedValueOnce(new Error("SMTP down"));
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    const r = await createConsultRequest({ input: input(ids.withEmail!), networkHash: "net-c" });
    expect(r.delivery).toBe("saved");
    expect(await db.consultRequest.findUniqueOrThrow({ where: { reference: r.reference } })).toMatchObject({
      status: "NEW",
      deliveredAt: null,
    });
  });

  it("folds an identical resubmission (a double click) into the first request, e-mailed once", async () => {
    const data = input(ids.withEmail!);
    const mailsBefore = await db.outboxEmail.count({ where: { to: INBOX } });
    const [a, b] = await Promise.all([
      createConsultRequest({ input: data, networkHash: "net-d" }),
      createConsultRequest({ input: data, networkHash: "net-d" }),
    ]);
    expect(a.reference).toBe(b.reference);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await db.consultRequest.count({ where: { message: data.message } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: INBOX } })).toBe(mailsBefore + 1);
  });

  it("saves nothing for an unpublished provider or another provider's location", async () => {
    const before = await db.consultRequest.count();
    await expect(
      createConsultRequest({ input: input(ids.unpublished!), networkHash: "n" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const foreign = await db.location.findFirstOrThrow({
      where: { providerId: ids.noAddress },
      select: { id: true },
    });
    await expect(
      createConsultRequest({ input: input(ids.withEmail!, { locationId: foreign.id }), networkHash: "n" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { locationId: "Choose one of this provider's locations." },
    });
    expect(await db.consultRequest.count()).toBe(before);
  });
});

describe("createConsultRequest: who can be asked, the referral question and the patient's copy", () => {
  it("refuses a location that is not accepting new patients, and a provider with none that is", async () => {
    const mixed = await createProvider(db, { locations: [{ ...at, accepting: false }, at] });
    const closed = await createProvider(db, { locations: [{ ...at, accepting: false }] });
    ids.mixed = mixed.id;
    ids.closed = closed.id;
    const [shut, open] = await db.location.findMany({
      where: { providerId: mixed.id },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const before = await db.consultRequest.count();
    await expect(
      createConsultRequest({ input: input(mixed.id, { locationId: shut!.id }), networkHash: "n-acc" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { locationId: "This location is not accepting new patients: choose another one." },
    });
    await expect(
      createConsultRequest({ input: input(closed.id), networkHash: "n-acc" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/not accepting new patients/) });
    expect(await db.consultRequest.count()).toBe(before);
    // Without a choice, the request goes to the location that is accepting.
    const r = await createConsultRequest({ input: input(mixed.id), networkHash: "n-acc" });
    expect((await db.consultRequest.findUniqueOrThrow({ where: { reference: r.reference } })).locationId).toBe(
      open!.id,
    );
  });

  it("refuses an unclaimed NPI registry listing: nobody confirmed it takes patients or where to write", async () => {
    const p = await createProvider(db, { locations: [at] });
    ids.imported = p.id;
    await db.provider.update({ where: { id: p.id }, data: { source: "NPPES_IMPORT", claimed: false } });
    await expect(
      createConsultRequest({ input: input(p.id), networkHash: "n-imp" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/has not claimed it/) });
    await db.provider.update({ where: { id: p.id }, data: { claimed: true } });
    await expect(createConsultRequest({ input: input(p.id), networkHash: "n-imp" })).resolves.toMatchObject({
      duplicate: false,
    });
  });

  it("asks for the referral answer where the location needs one, and passes it on", async () => {
    const p = await createProvider(db, { locations: [{ ...at, referralRequired: true }] });
    ids.referral = p.id;
    await db.provider.update({ where: { id: p.id }, data: { contactEmail: "referral-practice@example.org" } });
    await expect(createConsultRequest({ input: input(p.id), networkHash: "n-ref" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { referral: "Tell the practice whether you have a referral: it needs one." },
    });
    const r = await createConsultRequest({ input: input(p.id, { referral: "not-yet" }), networkHash: "n-ref" });
    const row = await db.consultRequest.findUniqueOrThrow({ where: { reference: r.reference } });
    expect(row.referral).toBe("NOT_YET");
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: "referral-practice@example.org" },
      orderBy: { id: "desc" },
    });
    expect(mail.text).toContain("Referral: Not yet");
    // Where no referral is needed, an answer is not stored.
    const plain = await createConsultRequest({
      input: input(ids.withEmail!, { referral: "have" }),
      networkHash: "n-ref",
    });
    expect((await db.consultRequest.findUniqueOrThrow({ where: { reference: plain.reference } })).referral).toBeNull();
  });

  it("e-mails the patient a copy with the reference and the practice's usual reply time", async () => {
    await db.provider.update({ where: { id: ids.withEmail! }, data: { consultReplyDays: 3 } });
    const email = `copy-${Date.now()}@example.org`;
    const r = await createConsultRequest({
      input: input(ids.withEmail!, { email, message: "Please call me back." }),
      networkHash: "n-copy",
    });
    expect(r).toMatchObject({ replyDays: 3, copySent: true });
    const copy = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(copy.subject).toBe(`Your consultation request to Mail Able, MD (reference ${r.reference})`);
    expect(copy.text).toContain(`Reference: ${r.reference}`);
    expect(copy.text).toContain("The practice says it usually answers within 3 working days.");
    expect(copy.text).toContain("Please call me back.");
    expect(copy.text).toContain("/privacy");

    await db.provider.update({ where: { id: ids.withEmail! }, data: { consultReplyDays: null } });
    const phoneOnly = await createConsultRequest({
      input: input(ids.withEmail!, { email: "", phone: "555-123-4567" }),
      networkHash: "n-copy",
    });
    expect(phoneOnly).toMatchObject({ replyDays: null, copySent: false });
  });
});

describe("requestConsultation (server action)", () => {
  it("returns every field error and what was typed, and saves nothing", async () => {
    network.ip = freshIp();
    const before = await db.consultRequest.count();
    const state = await requestConsultation(
      { status: "idle" },
      valid(ids.withEmail!, { email: "not-an-email", consent: "", message: "<i>typed</i>" }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({
      email: "Enter a valid e-mail address, e.g. name@example.org.",
      consent: "Tick the box to agree that we pass your request on to the practice.",
    });
    expect(state.values).toMatchObject({
      name: "Pat Patient",
      email: "not-an-email",
      message: "<i>typed</i>",
    });
    expect(await db.consultRequest.count()).toBe(before);
  });

  it("succeeds with a reference number and stores the hashed network", async () => {
    network.ip = freshIp();
    const state = await requestConsultation({ status: "idle" }, valid(ids.withEmail!));
    expect(state.status).toBe("ok");
    expect(state.message).toBe(
      "Your request was sent to Mail Able, MD. The practice will contact you directly.",
    );
    expect(state.reference).toMatch(CONSULT_REFERENCE_FORMAT);
    const row = await db.consultRequest.findUniqueOrThrow({ where: { reference: state.reference! } });
    expect(row.networkHash).toBe(keyedHash(network.ip));
    expect(row.locationId).not.toBeNull();
  });

  it("limits requests per network (5 an hour) with a clear message", async () => {
    network.ip = freshIp();
    for (let i = 0; i < 5; i++) {
      expect(
        (await requestConsultation({ status: "idle" }, valid(ids.noAddress!, { message: `Request ${i}` })))
          .status,
      ).toBe("ok");
    }
    const limited = await requestConsultation(
      { status: "idle" },
      valid(ids.noAddress!, { message: "One more" }),
    );
    expect(limited).toMatchObject({ status: "error", values: { message: "One more" } });
    expect(limited.message).toMatch(/^Too many attempts\. Please try again in \d+ minutes?\.$/);
  });

  it("limits requests per provider (30 an hour) whatever the network", async () => {
    const target = (await createProvider(db, { locations: [at] })).id;
    ids.flooded = target;
    for (let i = 0; i < 30; i++) {
      network.ip = `192.0.2.${i + 1}`;
      expect(
        (await requestConsultation({ status: "idle" }, valid(target, { message: `Flood ${i}` }))).status,
      ).toBe("ok");
    }
    network.ip = "192.0.2.200";
    const limited = await requestConsultation({ status: "idle" }, valid(target, { message: "Flood 31" }));
    expect(limited.message).toMatch(/^Too many attempts/);
    expect(await db.consultRequest.count({ where: { providerId: target } })).toBe(30);
  });
});
