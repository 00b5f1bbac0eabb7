// The e-mails a patient receives, in the language of the page they used (issue 19): a consultation
// request sent from a Spanish profile (its form's hidden `locale` field) queues a Spanish copy for
// the patient, while the practice's e-mail stays English; a review written on a Spanish page queues
// a Spanish confirmation e-mail whose link leads back to the Spanish pages. Real PostgreSQL; mail
// goes to the OutboxEmail table (SMTP_URL is unset in these tests).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requestConsultation } from "@/app/[locale]/(public)/providers/[id]/actions";
import { keyedHash } from "@/lib/data/rate-limit";
import { confirmReview, submitReview } from "@/lib/data/reviews";
import { db } from "@/lib/db";
import { consultSchema } from "@/lib/validation/consult-request";
import { reviewSchemas } from "@/lib/validation/review";
import { createProvider } from "../factories";

// The client address as the production server vouches for it (lib/http/client-address.ts).
const network = vi.hoisted(() => {
  const token = "integration-peer-token-0123456789abcdef";
  (globalThis as Record<symbol, unknown>)[Symbol.for("neckcare.peerToken")] = token;
  return { ip: "198.51.100.7", token };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": network.ip, "x-neckcare-peer-token": network.token }),
}));

const at = { lat: 46.5, lng: -109.5 };
const run = randomUUID().slice(0, 8);
const ids: Record<string, number> = {};
const PRACTICE = `practice-es-${run}@example.org`;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

beforeAll(async () => {
  ids.consult = (
    await createProvider(db, {
      firstName: "Lucía",
      lastName: "Ortega",
      locations: [{ ...at, referralRequired: true }],
    })
  ).id;
  await db.provider.update({
    where: { id: ids.consult },
    data: { contactEmail: PRACTICE, consultReplyDays: 2 },
  });
  ids.review = (await createProvider(db, { firstName: "Tomás", lastName: "Reyes", locations: [at] })).id;
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.$disconnect();
});

describe("a consultation request from a Spanish page", () => {
  it("queues the patient's copy in Spanish, with links to the Spanish pages; the practice's e-mail stays English", async () => {
    const patient = `paciente-${run}@example.org`;
    const state = await requestConsultation(
      { status: "idle" },
      form({
        locale: "es",
        providerId: String(ids.consult),
        locationId: "",
        name: "Pat Paciente",
        email: patient,
        phone: "",
        preferredTimes: "",
        message: "Tengo distonía cervical.",
        referral: "not-yet",
        consent: "on",
      }),
    );
    expect(state).toMatchObject({ status: "ok", copySent: true });
    expect(state.message).toBe(
      "Su solicitud se envió a Lucía Ortega, MD. El consultorio se comunicará directamente con usted.",
    );

    const copy = await db.outboxEmail.findFirstOrThrow({ where: { to: patient }, orderBy: { id: "desc" } });
    expect(copy.subject).toBe(`Su solicitud de consulta a Lucía Ortega, MD (referencia ${state.reference})`);
    const lines = copy.text.split("\n");
    expect(lines[0]).toBe("Hola, Pat Paciente:");
    expect(lines).toEqual(
      expect.arrayContaining([
        `Referencia: ${state.reference}`,
        "Su solicitud:",
        "Nombre: Pat Paciente",
        `Correo electrónico: ${patient}`,
        "Teléfono: (no indicado)",
        "Horarios preferidos: (no indicado)",
        "Remisión: Todavía no",
        "El consultorio dice que suele responder en 2 días hábiles.",
        "Mensaje:",
        "Tengo distonía cervical.",
        "No es para emergencias: en una emergencia, o si tiene dificultad para tragar, hablar o respirar, llame al 911.",
      ]),
    );
    expect(copy.text).toMatch(/https?:\/\/[^/\s]+\/es\/privacy$/m);
    expect(copy.text).toMatch(/https?:\/\/[^/\s]+\/es\/contact\?topic=delete$/m);
    // No sentence of the English copy is left.
    for (const english of [
      "Hello",
      "Your request:",
      "Reference:",
      "(not given)",
      "Not for emergencies",
      "How we keep",
    ])
      expect(copy.text).not.toContain(english);

    // The practice's e-mail (the provider area is English only).
    const practice = await db.outboxEmail.findFirstOrThrow({
      where: { to: PRACTICE },
      orderBy: { id: "desc" },
    });
    expect(practice.subject).toBe(`Consultation request from NeckCare Finder (reference ${state.reference})`);
    expect(practice.text).toContain("Referral: Not yet");
  });

  it("answers mistakes in Spanish, with the same field names", async () => {
    const state = await requestConsultation(
      { status: "idle" },
      form({
        locale: "es",
        providerId: String(ids.consult),
        name: "",
        email: "no",
        phone: "",
        message: "",
        consent: "",
      }),
    );
    expect(state.status).toBe("error");
    expect(state.message).toBe("Corrija los campos marcados abajo.");
    expect(state.fieldErrors).toEqual({
      name: "Escriba su nombre.",
      email: "Escriba un correo electrónico válido, por ejemplo nombre@ejemplo.org.",
      message: "Escriba un mensaje breve para el consultorio.",
      consent: "Marque la casilla para aceptar que pasemos su solicitud al consultorio.",
    });
    // The data layer's own check (a referral answer where the practice needs one), in Spanish too.
    const missing = await requestConsultation(
      { status: "idle" },
      form({
        locale: "es",
        providerId: String(ids.consult),
        name: "Pat",
        phone: "555-123-4567",
        message: "Hola",
        consent: "on",
      }),
    );
    expect(missing.fieldErrors).toEqual({
      referral: "Indique al consultorio si tiene una remisión: la necesita.",
    });
  });

  it("keeps English for a form without a locale (and the schemas' English messages)", () => {
    const en = consultSchema("en").safeParse({
      providerId: "1",
      name: "",
      email: "",
      phone: "",
      message: "x",
      consent: true,
    });
    const es = consultSchema("es").safeParse({
      providerId: "1",
      name: "",
      email: "",
      phone: "",
      message: "x",
      consent: true,
    });
    expect(en.error?.issues.map((i) => i.message)).toEqual([
      "Enter your name.",
      "Give an e-mail address or a phone number, so the practice can reach you.",
    ]);
    expect(es.error?.issues.map((i) => i.message)).toEqual([
      "Escriba su nombre.",
      "Indique un correo electrónico o un número de teléfono para que el consultorio pueda comunicarse con usted.",
    ]);
  });
});

describe("a review written on a Spanish page", () => {
  it("queues the confirmation e-mail in Spanish, whose link confirms the review on the Spanish pages", async () => {
    const email = `resena-${run}@example.org`;
    const input = reviewSchemas("es").review.parse({
      providerId: ids.review,
      displayName: "Ana P.",
      email,
      rating: 5,
      body: "Me explicó las opciones con calma y las inyecciones me ayudaron.",
      attestation: "on",
    });
    await submitReview({ input, networkHash: keyedHash(`es-${run}`), locale: "es" });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { id: "desc" } });
    expect(mail.subject).toBe("Confirme su reseña de Tomás Reyes, MD");
    expect(mail.text).toContain(
      "Alguien, probablemente usted, escribió una reseña de Tomás Reyes, MD en NeckCare Finder con este correo electrónico.",
    );
    expect(mail.text).toContain(
      "Para confirmar la reseña, abra este enlace dentro de 48 horas (funciona una sola vez):",
    );
    for (const english of ["Someone, probably you", "To confirm the review", "ignore this e-mail"])
      expect(mail.text).not.toContain(english);
    const token = mail.text.match(/https?:\/\/[^/\s]+\/es\/reviews\/confirm\?token=([A-Za-z0-9_-]+)$/m)?.[1];
    expect(token).toBeDefined();
    await expect(confirmReview({ token: token!, networkHash: keyedHash(`es-${run}`) })).resolves.toEqual({
      outcome: "confirmed",
      providerId: ids.review,
    });
  });

  it("answers review mistakes in Spanish", () => {
    const r = reviewSchemas("es").review.safeParse({
      providerId: "1",
      displayName: "A",
      email: "x",
      rating: "9",
      body: "corta",
      attestation: undefined,
    });
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]))).toEqual({
      displayName: "Escriba el nombre que se mostrará con su reseña (al menos 2 caracteres).",
      email: "Escriba su correo electrónico, por ejemplo nombre@ejemplo.org.",
      rating: "Elija una calificación de 1 a 5 estrellas.",
      body: "Su reseña: escriba al menos 20 caracteres (ahora 5).",
      attestation: "Confirme que este médico le trató con inyecciones en el cuello.",
    });
  });
});
