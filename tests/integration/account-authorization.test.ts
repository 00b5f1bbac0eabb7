// A provider's account reaches only their own profile: every account function checks ownership.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { confirmCurrent, submitEdit } from "@/app/[locale]/(public)/account/actions";
import type { TSessionUser } from "@/lib/auth/session";
import {
  confirmProviderCurrent,
  getOwnProviderForm,
  listOwnProviders,
  listOwnSubmissions,
  submitProviderEdit,
} from "@/lib/data/accounts";
import { approveSubmission, createNewSubmission } from "@/lib/data/submissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { samplePayload } from "./submission-payload";

// The actions run as in a request: the session user is whoever this test signs in.
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));

const tag = Date.now().toString(36);
const moderatorId = `mod-auth-${tag}`;
let a: { userId: string; providerId: number; email: string };
let b: { userId: string; providerId: number; email: string };

/** A published provider owned by a fresh account, created through submit + approve. */
async function ownedProvider(name: string) {
  const email = `${name}-${tag}@example.org`;
  const payload = samplePayload({ email, lastName: name });
  const created = await createNewSubmission({ payload, submittedById: null, submitterEmail: email });
  if (created.status !== "created") throw new Error("not created");
  const { providerId } = await approveSubmission({ id: created.id, moderatorId });
  const { ownerId } = await db.provider.findUniqueOrThrow({
    where: { id: providerId },
    select: { ownerId: true },
  });
  // As after the magic-link sign-in, which verifies the address.
  await db.user.update({ where: { id: ownerId! }, data: { emailVerified: true } });
  return { userId: ownerId!, providerId, email };
}

async function caught(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeAll(async () => {
  await db.user.create({
    data: {
      id: moderatorId,
      email: `mod-auth-${tag}@example.org`,
      name: "Mod",
      role: "MODERATOR",
      emailVerified: true,
    },
  });
  a = await ownedProvider("Alpha");
  b = await ownedProvider("Bravo");
});

afterAll(async () => {
  await db.$disconnect();
});

describe("account authorization", () => {
  it("lists only the user's own profiles and submissions", async () => {
    expect((await listOwnProviders({ userId: a.userId })).map((p) => p.id)).toEqual([a.providerId]);
    const mine = await listOwnSubmissions({ userId: a.userId });
    expect(mine.map((s) => [s.kind, s.status, s.providerName])).toEqual([
      ["NEW", "APPROVED", "Avery Alpha, MD"],
    ]);
  });

  it("refuses provider A editing provider B, and changes nothing", async () => {
    const payload = samplePayload({ email: a.email, lastName: "Hijacked" });
    const bNpi = (await db.provider.findUniqueOrThrow({ where: { id: b.providerId }, select: { npi: true } }))
      .npi;
    payload.identity.npi = bNpi;
    const e = await caught(submitProviderEdit({ userId: a.userId, providerId: b.providerId, payload }));
    expect(e.code).toBe("FORBIDDEN");
    expect(await db.submission.count({ where: { providerId: b.providerId, kind: "EDIT" } })).toBe(0);
    expect((await db.provider.findUniqueOrThrow({ where: { id: b.providerId } })).lastName).toBe("Bravo");
  });

  it("refuses A reading B's edit form or confirming B's profile", async () => {
    expect((await caught(getOwnProviderForm({ userId: a.userId, providerId: b.providerId }))).code).toBe(
      "FORBIDDEN",
    );
    const before = (await db.provider.findUniqueOrThrow({ where: { id: b.providerId } })).lastConfirmedAt;
    expect((await caught(confirmProviderCurrent({ userId: a.userId, providerId: b.providerId }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await db.provider.findUniqueOrThrow({ where: { id: b.providerId } })).lastConfirmedAt).toEqual(
      before,
    );
    expect((await caught(confirmProviderCurrent({ userId: a.userId, providerId: 2_000_000_000 }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("lets the owner confirm their published profile, with an audit entry by them", async () => {
    await db.provider.update({
      where: { id: a.providerId },
      data: { lastConfirmedAt: new Date("2020-01-01") },
    });
    const { lastConfirmedAt } = await confirmProviderCurrent({ userId: a.userId, providerId: a.providerId });
    expect(Date.now() - lastConfirmedAt.getTime()).toBeLessThan(60_000);
    // Confirming the profile confirms the insurance plans it lists.
    expect(await db.provider.findUniqueOrThrow({ where: { id: a.providerId } })).toMatchObject({
      lastConfirmedAt,
      insuranceConfirmedAt: lastConfirmedAt,
    });
    expect(
      await db.auditLog.count({
        where: { action: "provider.confirm-current", actorId: a.userId, targetId: String(a.providerId) },
      }),
    ).toBe(1);
  });

  it("dates no insurance plans when the profile lists none", async () => {
    await db.provider.update({
      where: { id: b.providerId },
      data: { insurancePlans: [], insuranceConfirmedAt: null },
    });
    await confirmProviderCurrent({ userId: b.userId, providerId: b.providerId });
    expect(await db.provider.findUniqueOrThrow({ where: { id: b.providerId } })).toMatchObject({
      lastConfirmedAt: expect.any(Date),
      insuranceConfirmedAt: null,
    });
  });

  it("only confirms a published profile", async () => {
    await db.provider.update({ where: { id: a.providerId }, data: { status: "SUSPENDED" } });
    expect((await caught(confirmProviderCurrent({ userId: a.userId, providerId: a.providerId }))).code).toBe(
      "CONFLICT",
    );
    await db.provider.update({ where: { id: a.providerId }, data: { status: "PUBLISHED" } });
  });

  it("lets the owner edit: a pending EDIT, and a second edit replaces the first", async () => {
    const form = await getOwnProviderForm({ userId: a.userId, providerId: a.providerId });
    expect(form.form.identity.lastName).toBe("Alpha");
    expect(form.form.attestation).toBe(false);
    const npi = form.form.identity.npi;
    const first = await submitProviderEdit({
      userId: a.userId,
      providerId: a.providerId,
      payload: samplePayload({ npi, email: a.email, lastName: "Alpha-One" }),
    });
    const second = await submitProviderEdit({
      userId: a.userId,
      providerId: a.providerId,
      payload: samplePayload({ npi, email: a.email, lastName: "Alpha-Two" }),
    });
    const rows = await db.submission.findMany({
      where: { providerId: a.providerId, kind: "EDIT" },
      orderBy: { id: "asc" },
      select: { reference: true, status: true },
    });
    expect(rows).toEqual([
      { reference: first.reference, status: "WITHDRAWN" },
      { reference: second.reference, status: "PENDING" },
    ]);
    expect(
      (await getOwnProviderForm({ userId: a.userId, providerId: a.providerId })).form.identity.lastName,
    ).toBe("Alpha-Two");
    expect((await db.provider.findUniqueOrThrow({ where: { id: a.providerId } })).lastName).toBe("Alpha");
  });

  it("two edits sent at once leave one pending: the later replaces the earlier", async () => {
    const npi = (await getOwnProviderForm({ userId: a.userId, providerId: a.providerId })).form.identity.npi;
    const names = ["Alpha-Three", "Alpha-Four", "Alpha-Five"];
    await Promise.all(
      names.map((lastName) =>
        submitProviderEdit({
          userId: a.userId,
          providerId: a.providerId,
          payload: samplePayload({ npi, email: a.email, lastName }),
        }),
      ),
    );
    expect(
      await db.submission.count({ where: { providerId: a.providerId, kind: "EDIT", status: "PENDING" } }),
    ).toBe(1);
  });

  it("the account actions act as the session user, whatever the client sends", async () => {
    session.user = { id: a.userId, email: a.email, name: "A", role: "PROVIDER" };
    const bNpi = (await db.provider.findUniqueOrThrow({ where: { id: b.providerId }, select: { npi: true } }))
      .npi;
    const edit = await submitEdit(b.providerId, {
      ...samplePayload({ npi: bNpi, email: a.email }),
      userId: b.userId,
    });
    expect(edit?.message).toBe("You can only change your own profile.");

    const data = new FormData();
    data.set("providerId", String(b.providerId));
    data.set("userId", b.userId);
    expect(await confirmCurrent({ status: "idle" }, data)).toMatchObject({
      status: "error",
      message: "You can only change your own profile.",
    });

    session.user = null;
    expect((await submitEdit(a.providerId, samplePayload()))?.message).toMatch(/Sign in again/);
    expect(await db.submission.count({ where: { providerId: b.providerId, kind: "EDIT" } })).toBe(0);
  });
});
