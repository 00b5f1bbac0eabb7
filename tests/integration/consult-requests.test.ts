// Consultation requests against real PostgreSQL: validation, storage, the e-mail to the practice
// (SMTP_URL unset: the outbox table), delivery fallbacks, duplicates, rate limits, and all-or-nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requestConsultation } from "@/app/(public)/providers/[id]/actions";
import { createConsultRequest } from "@/lib/data/consult-requests";
import { sendMail } from "@/lib/data/mail";
import { keyedHash } from "@/lib/data/rate-limit";
import { db } from "@/lib/db";
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
    const row = await db.consultRequest.findUniqueOrThrow({ where: { id: r.id } });
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
    expect(mail.subject).toBe(`Consultation request from NeckCare Finder (reference ${r.id})`);
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
    expect(await db.outboxEmail.count()).toBe(mailsBefore);
    expect((await db.consultRequest.findUniqueOrThrow({ where: { id: none.id } })).status).toBe("NEW");
  });

  it("keeps the request as NEW when the e-mail cannot be sent", async () => {
    vi.mocked(sendMail).mockRejectedValueOnce(new Error("SMTP down"));
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    const r = await createConsultRequest({ input: input(ids.withEmail!), networkHash: "net-c" });
    expect(r.delivery).toBe("saved");
    expect(await db.consultRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
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
    expect(a.id).toBe(b.id);
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
    const row = await db.consultRequest.findUniqueOrThrow({ where: { id: state.reference! } });
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
