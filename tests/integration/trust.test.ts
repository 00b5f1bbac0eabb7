// Messages to the moderators, a patient's deletion request carried out by a moderator, and the
// retention purge, against real PostgreSQL. The privacy page promises each of these: if one fails,
// the page says something untrue.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendContactMessage } from "@/app/[locale]/(public)/contact/actions";
import {
  checkContactFormStamp,
  closeContactMessage,
  contactFormStamp,
  createContactMessage,
} from "@/lib/data/contact-messages";
import { carryOutDeletionRequest, countPersonalData } from "@/lib/data/data-deletion";
import { keyedHash } from "@/lib/data/rate-limit";
import { purgeExpiredData, RETENTION } from "@/lib/data/retention";
import { EDIT_PREFIX } from "@/lib/data/reviews";
import { db } from "@/lib/db";
import { newConsultReference } from "@/lib/reference";
import { ZContactMessage } from "@/lib/validation/contact";
import { createProvider } from "../factories";

// The client address as the production server vouches for it (lib/http/client-address.ts).
const network = vi.hoisted(() => {
  const token = "integration-peer-token-0123456789abcdef";
  (globalThis as Record<symbol, unknown>)[Symbol.for("neckcare.peerToken")] = token;
  return { ip: "203.0.113.77", token };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": network.ip, "x-neckcare-peer-token": network.token }),
}));

const at = { lat: 44.1, lng: -103.2 };
const run = Date.now().toString(36);
const moderatorId = `mod-trust-${run}`;
let providerId = 0;
let otherProviderId = 0;

beforeAll(async () => {
  providerId = (await createProvider(db, { locations: [at] })).id;
  otherProviderId = (await createProvider(db, { locations: [at] })).id;
  await db.user.create({
    data: { id: moderatorId, name: "Mo Derator", email: `${moderatorId}@example.org`, role: "MODERATOR" },
  });
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: [providerId, otherProviderId] } } });
  await db.auditLog.deleteMany({ where: { actorId: moderatorId } });
  await db.user.deleteMany({ where: { id: moderatorId } });
  await db.$disconnect();
});

const message = (over: Record<string, string>) =>
  ZContactMessage.parse({
    topic: "question",
    name: "Pat",
    email: "pat@example.org",
    message: "Hello",
    ...over,
  });

async function consult(email: string, createdAt = new Date()) {
  return db.consultRequest.create({
    data: {
      reference: newConsultReference(),
      providerId,
      patientName: "Pat",
      patientEmail: email,
      message: "Please call",
      consent: true,
      createdAt,
    },
  });
}

describe("the contact form's spam stamp", () => {
  it("passes after a few seconds, not at once, not when forged or a day old", () => {
    const now = Date.now();
    const stamp = contactFormStamp(now);
    expect(checkContactFormStamp(stamp, now + 1000)).toBe("too-fast");
    expect(checkContactFormStamp(stamp, now + 5000)).toBe("ok");
    expect(checkContactFormStamp(stamp, now + 25 * 3_600_000)).toBe("invalid");
    expect(checkContactFormStamp(`${now - 10_000}.${"0".repeat(32)}`, now)).toBe("invalid");
    expect(checkContactFormStamp("", now)).toBe("invalid");
  });
});

describe("createContactMessage", () => {
  it("stores the message with a random reference, e-mails a receipt and tells moderators without the words", async () => {
    const email = `sender-${run}@example.org`;
    const { reference } = await createContactMessage({
      input: message({ email, message: "A private question" }),
      networkHash: "net",
    });
    expect(reference).toMatch(/^NCM-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const row = await db.contactMessage.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({ topic: "QUESTION", email, message: "A private question", status: "OPEN" });
    const receipt = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(receipt.subject).toBe(`We received your message (reference ${reference})`);
    const notice = await db.outboxEmail.findFirstOrThrow({
      where: { to: `${moderatorId}@example.org`, subject: { contains: reference } },
    });
    expect(notice.text).not.toContain("A private question");
    expect(notice.text).not.toContain(email);
  });

  it("needs a message except for a deletion request", () => {
    expect(
      ZContactMessage.safeParse({ topic: "question", name: "P", email: "p@example.org", message: " " })
        .success,
    ).toBe(false);
    expect(
      ZContactMessage.safeParse({ topic: "delete", name: "P", email: "P@Example.org", message: "" }).data,
    ).toMatchObject({
      email: "p@example.org",
    });
    expect(
      ZContactMessage.safeParse({ topic: "spam", name: "P", email: "p@example.org", message: "x" }).success,
    ).toBe(false);
  });

  it("closes an answered message once, audited; a deletion request cannot just be closed", async () => {
    const { reference } = await createContactMessage({ input: message({}), networkHash: "net" });
    const { id } = await db.contactMessage.findUniqueOrThrow({ where: { reference } });
    await closeContactMessage({ id, moderatorId });
    await expect(closeContactMessage({ id, moderatorId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { action: "contact-message.close", targetId: reference } })).toBe(
      1,
    );
    const del = await createContactMessage({
      input: message({ topic: "delete", message: "" }),
      networkHash: "net",
    });
    const delRow = await db.contactMessage.findUniqueOrThrow({ where: { reference: del.reference } });
    await expect(closeContactMessage({ id: delRow.id, moderatorId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("sendContactMessage (server action)", () => {
  const post = (fields: Record<string, string>) => {
    const f = new FormData();
    const all = {
      topic: "question",
      name: "Sam",
      email: `sam-${run}@example.org`,
      message: "Hi",
      website: "",
      stamp: contactFormStamp(Date.now() - 10_000),
      ...fields,
    };
    for (const [k, v] of Object.entries(all)) f.set(k, v);
    return sendContactMessage({ status: "idle" }, f);
  };

  it("refuses a filled hidden field, a post too soon after loading and a forged stamp, keeping the input", async () => {
    const before = await db.contactMessage.count();
    expect(await post({ website: "http://spam.example" })).toMatchObject({
      status: "error",
      values: { name: "Sam" },
    });
    expect(await post({ stamp: contactFormStamp() })).toMatchObject({
      status: "error",
      message: "That was very quick: please check your message and send it again.",
      values: { message: "Hi" },
    });
    const forged = await post({ stamp: `${Date.now() - 10_000}.${"a".repeat(32)}` });
    expect(forged).toMatchObject({ status: "error", values: { email: `sam-${run}@example.org` } });
    expect(checkContactFormStamp(forged.stamp!, Date.now() + 5_000)).toBe("ok");
    expect(await db.contactMessage.count()).toBe(before);
  });

  it("answers field errors with what was typed, sends a valid message, and limits one address to 3 an hour", async () => {
    network.ip = "203.0.113.78";
    expect(await post({ email: "nope", message: "" })).toMatchObject({
      status: "error",
      fieldErrors: {
        email: "Enter a valid e-mail address, e.g. name@example.org.",
        message: "Write your message.",
      },
      values: { email: "nope" },
    });
    const email = `limit-${run}@example.org`;
    for (let i = 0; i < 3; i++) {
      network.ip = `203.0.113.${80 + i}`;
      const ok = await post({ email, message: `Message ${i}` });
      expect(ok.status).toBe("ok");
      expect(ok.reference).toMatch(/^NCM-/);
    }
    network.ip = "203.0.113.90";
    const limited = await post({ email, message: "One more" });
    expect(limited).toMatchObject({ status: "error", values: { message: "One more" } });
    expect(limited.message).toMatch(/^Too many attempts/);
  });

  it("answers a Spanish form (its hidden locale) in Spanish, keeping what was typed", async () => {
    network.ip = "203.0.113.91";
    const long = "a".repeat(2001);
    expect(await post({ locale: "es", email: "nope", message: long })).toMatchObject({
      status: "error",
      message: "Corrija los campos marcados abajo.",
      fieldErrors: {
        email: "Escriba una dirección de correo electrónico válida, por ejemplo, nombre@example.org.",
        message: "El mensaje puede tener como máximo 2,000 caracteres (tiene 2,001).",
      },
      values: { email: "nope", message: long, name: "Sam" },
    });
    expect(await post({ locale: "es", topic: "", name: "", message: "" })).toMatchObject({
      fieldErrors: {
        topic: "Elija de qué trata su mensaje.",
        name: "Escriba su nombre.",
        message: "Escriba su mensaje.",
      },
    });
    expect(await post({ locale: "es", stamp: contactFormStamp() })).toMatchObject({
      status: "error",
      message: "Eso fue muy rápido: revise su mensaje y envíelo de nuevo.",
      values: { message: "Hi" },
    });
    const sent = await post({ locale: "es", email: `es-${run}@example.org`, topic: "delete", message: "" });
    expect(sent).toMatchObject({
      status: "ok",
      message: "Su solicitud de eliminación se envió a nuestros moderadores.",
    });
    // The receipt is in the form's language, with the Spanish privacy page.
    const receipt = await db.outboxEmail.findFirstOrThrow({ where: { to: `es-${run}@example.org` } });
    expect(receipt.subject).toMatch(/^Recibimos su mensaje \(referencia NCM-[2-9A-Z]{4}-[2-9A-Z]{4}\)$/);
    expect(receipt.text).toContain("Nos pidió eliminar los datos vinculados a esta dirección");
    expect(receipt.text).toMatch(/Nuestra política de privacidad: http\S+\/es\/privacy$/m);
    // An unknown locale is English, like a form without one.
    expect(await post({ locale: "xx", email: "nope" })).toMatchObject({
      fieldErrors: { email: "Enter a valid e-mail address, e.g. name@example.org." },
    });
  });
});

describe("carryOutDeletionRequest", () => {
  it("deletes the address's requests, e-mails and unconfirmed reviews, unlinks its reviews, audits counts only", async () => {
    const email = `forget-me-${run}@example.org`;
    const other = `keep-me-${run}@example.org`;
    const hash = keyedHash(email);
    await consult(email);
    await consult(email.toUpperCase());
    const kept = await consult(other);
    const approved = await db.review.create({
      data: {
        providerId,
        rating: 5,
        body: "Very good care.",
        displayName: "P.",
        emailHash: hash,
        status: "APPROVED",
      },
    });
    await db.review.create({
      data: {
        providerId,
        rating: 4,
        body: "An edit waiting.",
        displayName: "P.",
        emailHash: EDIT_PREFIX + hash,
        status: "UNCONFIRMED",
      },
    });
    await db.review.create({
      data: {
        providerId: otherProviderId,
        rating: 3,
        body: "Never confirmed.",
        displayName: "P.",
        emailHash: hash,
        status: "UNCONFIRMED",
      },
    });
    const otherReview = await db.review.create({
      data: {
        providerId,
        rating: 2,
        body: "Someone else.",
        displayName: "Q.",
        emailHash: keyedHash(other),
        status: "APPROVED",
      },
    });
    const { reference } = await createContactMessage({
      input: message({ topic: "delete", email, message: "" }),
      networkHash: "net",
    });
    const request = await db.contactMessage.findUniqueOrThrow({ where: { reference } });

    expect(await countPersonalData({ email })).toEqual({
      consultRequests: 2,
      reviewsToDelete: 2,
      reviewsToUnlink: 1,
      emails: 1, // the receipt
      contactMessages: 1,
      hasAccount: false,
    });
    const counts = await carryOutDeletionRequest({ id: request.id, moderatorId });
    expect(counts).toEqual({
      consultRequests: 2,
      reviewsToDelete: 2,
      reviewsToUnlink: 1,
      emails: 1,
      contactMessages: 1,
    });

    expect(
      await db.consultRequest.count({ where: { patientEmail: { equals: email, mode: "insensitive" } } }),
    ).toBe(0);
    expect(await db.consultRequest.findUnique({ where: { id: kept.id } })).not.toBeNull();
    expect(await db.review.count({ where: { emailHash: { in: [hash, EDIT_PREFIX + hash] } } })).toBe(0);
    const unlinked = await db.review.findUniqueOrThrow({ where: { id: approved.id } });
    expect(unlinked).toMatchObject({ status: "APPROVED", body: "Very good care." });
    expect(unlinked.emailHash).toMatch(/^erased:/);
    expect((await db.review.findUniqueOrThrow({ where: { id: otherReview.id } })).emailHash).toBe(
      keyedHash(other),
    );
    expect(await db.contactMessage.findUnique({ where: { reference } })).toBeNull();

    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "personal-data.delete", targetId: reference },
    });
    expect(audit.actorId).toBe(moderatorId);
    expect(JSON.stringify(audit.details)).not.toContain(email);
    // The one thing left about the address: the notice that it is done, purged like any sent e-mail.
    const done = await db.outboxEmail.findMany({ where: { to: email } });
    expect(done.map((m) => m.subject)).toEqual([`Your data was deleted (reference ${reference})`]);

    await expect(carryOutDeletionRequest({ id: request.id, moderatorId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a message that is not a deletion request", async () => {
    const { reference } = await createContactMessage({ input: message({}), networkHash: "net" });
    const row = await db.contactMessage.findUniqueOrThrow({ where: { reference } });
    await expect(carryOutDeletionRequest({ id: row.id, moderatorId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("purgeExpiredData", () => {
  it("deletes each kind of personal data past its retention time and nothing younger", async () => {
    const day = 86_400_000;
    const email = `old-${run}@example.org`;
    const old = await consult(email, new Date(Date.now() - (RETENTION.consultRequestDays + 1) * day));
    const recent = await consult(email, new Date(Date.now() - (RETENTION.consultRequestDays - 1) * day));
    const oldMail = await db.outboxEmail.create({
      data: {
        to: email,
        subject: "old",
        text: "x",
        status: "SENT",
        createdAt: new Date(Date.now() - (RETENTION.sentEmailDays + 1) * day),
      },
    });
    const pending = await db.outboxEmail.create({
      data: {
        to: email,
        subject: "pending",
        text: "x",
        status: "PENDING",
        // Not due: the outbox's sender (kicked by this file's other mails) must not send it meanwhile.
        nextAttemptAt: new Date(Date.now() + 3_600_000),
        createdAt: new Date(Date.now() - (RETENTION.sentEmailDays + 1) * day),
      },
    });
    const closed = await db.contactMessage.create({
      data: {
        reference: `NCM-OLD${run}`.slice(0, 13),
        topic: "OTHER",
        name: "Old",
        email,
        message: "x",
        status: "CLOSED",
        closedAt: new Date(Date.now() - (RETENTION.closedContactMessageDays + 1) * day),
      },
    });
    const stale = await db.review.create({
      data: {
        providerId,
        rating: 1,
        body: "Never confirmed.",
        displayName: "S.",
        emailHash: `stale-${run}`,
        status: "UNCONFIRMED",
        confirmExpiresAt: new Date(Date.now() - (RETENTION.unconfirmedReviewDays + 1) * day),
      },
    });
    const counts = await purgeExpiredData();
    expect(counts.consultRequests).toBeGreaterThanOrEqual(1);
    expect(await db.consultRequest.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.consultRequest.findUnique({ where: { id: recent.id } })).not.toBeNull();
    expect(await db.outboxEmail.findUnique({ where: { id: oldMail.id } })).toBeNull();
    expect(await db.outboxEmail.findUnique({ where: { id: pending.id } })).not.toBeNull();
    expect(await db.contactMessage.findUnique({ where: { id: closed.id } })).toBeNull();
    expect(await db.review.findUnique({ where: { id: stale.id } })).toBeNull();
    await db.outboxEmail.delete({ where: { id: pending.id } });
  });
});
