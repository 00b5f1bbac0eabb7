// Every /admin page and server action checks the moderator role itself, on the server. Sessions here
// are real better-auth sessions (signed cookies, rows in the test database); only the request's
// headers are supplied by the test, as Next.js would for a real request.
import { readdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { OnlyModerators } from "@/app/[locale]/(admin)/admin/only-moderators";
import { db } from "@/lib/db";
import { newConsultReference } from "@/lib/reference";
import { createProvider } from "../factories";

let cookie = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers(cookie ? { cookie } : {}),
  cookies: async () => {
    throw new Error("`cookies` was called outside a request scope.");
  },
}));
// Revalidation needs Next's request store; what matters here is whether the data changed.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { getAuth } = await import("@/lib/auth/auth");
const { moderatorForPage, moderatorOrError } = await import("@/app/[locale]/(admin)/admin/guard");

const ADMIN_DIR = path.resolve(import.meta.dirname, "../../app/[locale]/(admin)/admin");
const PASSWORD = "a-long-test-password-123";
const users: Record<"moderator" | "provider", { id: string; email: string; cookie: string }> = {
  moderator: { id: "", email: "", cookie: "" },
  provider: { id: "", email: "", cookie: "" },
};
const ids = { provider: 0, certification: 0, report: 0, consult: 0, submission: 0 };

/** Files named `name` under app/[locale]/(admin)/admin, except the sign-in pages (public by design). */
function adminFiles(name: string): string[] {
  const entries = readdirSync(ADMIN_DIR, { recursive: true, encoding: "utf8" });
  return entries
    .filter((f) => path.basename(f) === name && !f.startsWith("sign-in"))
    .map((f) => path.join(ADMIN_DIR, f));
}

async function createUser(role: "MODERATOR" | "PROVIDER") {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id}@example.invalid`;
  await db.user.create({ data: { id, name: `Test ${role}`, email, role, emailVerified: true } });
  await db.account.create({
    data: {
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: await hashPassword(PASSWORD),
    },
  });
  const { headers } = await getAuth().api.signInEmail({
    body: { email, password: PASSWORD },
    returnHeaders: true,
  });
  const sessionCookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!sessionCookie) throw new Error("No session cookie from sign-in.");
  return { id, email, cookie: sessionCookie };
}

function as(who: "anonymous" | "provider" | "moderator") {
  cookie = who === "anonymous" ? "" : users[who].cookie;
}

type TState = { status: string; message?: string; needsSignIn?: boolean };
/** An action's outcome: the form state it returned, or where it redirected (its success path). */
async function outcome(run: () => Promise<unknown>): Promise<{ state?: TState; redirect?: string }> {
  try {
    return { state: (await run()) as TState };
  } catch (e) {
    const digest = (e as { digest?: string }).digest;
    if (digest?.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2] };
    throw e;
  }
}

function form(fields: Record<string, string | number>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
  return f;
}

/** A snapshot of everything the actions could change: it must not move for a refused caller. */
async function snapshot() {
  return {
    audit: await db.auditLog.count(),
    provider: (await db.provider.findUniqueOrThrow({ where: { id: ids.provider }, select: { status: true } }))
      .status,
    cert: (
      await db.certification.findUniqueOrThrow({
        where: { id: ids.certification },
        select: { verificationState: true },
      })
    ).verificationState,
    report: (await db.report.findUniqueOrThrow({ where: { id: ids.report }, select: { status: true } }))
      .status,
    consult: (
      await db.consultRequest.findUniqueOrThrow({ where: { id: ids.consult }, select: { status: true } })
    ).status,
    submission: (
      await db.submission.findUniqueOrThrow({ where: { id: ids.submission }, select: { status: true } })
    ).status,
  };
}

type TAction = (prev: TState, data: FormData) => Promise<unknown>;
// Each admin action with input that would succeed for a moderator, in an order that works as one
// moderator's session (suspend before unsuspend; approve fails on the bad payload, then reject).
const CASES: Array<{ file: string; name: string; fields: () => Record<string, string | number> }> = [
  {
    file: "providers/actions.ts",
    name: "verifyCertificationAction",
    fields: () => ({
      certificationId: ids.certification,
      state: "VERIFIED",
      method: "BOARD_ONLINE_LOOKUP",
      source: "ABPN Verify Certification, abpn.org",
    }),
  },
  {
    file: "providers/actions.ts",
    name: "suspendProviderAction",
    fields: () => ({ providerId: ids.provider, reason: "Licence revoked by the state board." }),
  },
  {
    file: "providers/actions.ts",
    name: "unsuspendProviderAction",
    fields: () => ({ providerId: ids.provider, reason: "The board corrected its record." }),
  },
  {
    file: "reports/actions.ts",
    name: "resolveReportAction",
    fields: () => ({ reportId: ids.report, outcome: "RESOLVED" }),
  },
  {
    file: "consult-requests/actions.ts",
    name: "markSpamAction",
    fields: () => ({ consultRequestId: ids.consult }),
  },
  {
    file: "submissions/actions.ts",
    name: "approveSubmissionAction",
    fields: () => ({ submissionId: ids.submission }),
  },
  {
    file: "submissions/actions.ts",
    name: "rejectSubmissionAction",
    fields: () => ({ submissionId: ids.submission, reason: "The NPI does not match the name given." }),
  },
];
// Needs no privilege and changes only the caller's own session (see app/[locale]/(admin)/admin/actions.ts).
const UNGATED = new Set(["signOutAction"]);

async function action(file: string, name: string): Promise<TAction> {
  const mod = (await import(/* @vite-ignore */ path.join(ADMIN_DIR, file))) as Record<string, TAction>;
  const fn = mod[name];
  if (!fn) throw new Error(`${file} does not export ${name}`);
  return fn;
}

beforeAll(async () => {
  users.moderator = await createUser("MODERATOR");
  users.provider = await createUser("PROVIDER");
  const p = await createProvider(db, {
    locations: [{ lat: 47.1, lng: -101.3 }],
    certifications: [{ board: "ABPN", specialty: "NEUROLOGY" }],
  });
  ids.provider = p.id;
  ids.certification = (await db.certification.findFirstOrThrow({ where: { providerId: p.id } })).id;
  ids.report = (
    await db.report.create({ data: { target: "PROVIDER", providerId: p.id, reason: "Wrong address" } })
  ).id;
  ids.consult = (
    await db.consultRequest.create({
      data: { reference: newConsultReference(), providerId: p.id, patientName: "A Patient", message: "Hello", consent: true },
    })
  ).id;
  // A payload that no longer parses: approve reaches the data layer (past the gate) and is refused there.
  ids.submission = (
    await db.submission.create({
      data: {
        reference: `NCF-T${Date.now() % 100_000}`,
        kind: "EDIT",
        providerId: p.id,
        contactEmail: "office@example.invalid",
        payload: {},
      },
    })
  ).id;
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: ids.provider } });
  await db.submission.deleteMany({ where: { id: ids.submission } });
  await db.auditLog.deleteMany({ where: { actorId: users.moderator.id } });
  await db.user.deleteMany({ where: { id: { in: [users.moderator.id, users.provider.id] } } });
  await db.$disconnect();
});

describe("the gate (guard.ts) with real sessions", () => {
  it("pages: anonymous is sent to sign-in, a provider is refused, a moderator passes", async () => {
    as("anonymous");
    expect(await outcome(() => moderatorForPage())).toEqual({ redirect: "/admin/sign-in" });
    as("provider");
    expect(await moderatorForPage()).toBeNull();
    as("moderator");
    expect(await moderatorForPage()).toMatchObject({ id: users.moderator.id, role: "MODERATOR" });
  });

  it("actions: anonymous and provider get a refusal to show, a moderator passes", async () => {
    as("anonymous");
    expect(await moderatorOrError()).toMatchObject({
      ok: false,
      state: { status: "error", needsSignIn: true },
    });
    as("provider");
    expect(await moderatorOrError()).toMatchObject({
      ok: false,
      state: { status: "error", message: "Only moderators can do this." },
    });
    as("moderator");
    expect(await moderatorOrError()).toMatchObject({ ok: true, moderator: { id: users.moderator.id } });
  });
});

/** Whether an action's outcome is the gate's refusal (the shapes a gate may take: state, redirect, error). */
function refused(
  who: "anonymous" | "provider",
  result: { state?: TState; redirect?: string; error?: unknown },
): boolean {
  if (result.redirect) return result.redirect.startsWith("/admin/sign-in");
  if (result.error)
    return ["UNAUTHORIZED", "FORBIDDEN"].includes((result.error as { code?: string }).code ?? "");
  return who === "anonymous"
    ? result.state?.needsSignIn === true
    : result.state?.message === "Only moderators can do this.";
}

describe("every admin server action refuses non-moderators", () => {
  // Found on disk, so an action added later is covered without editing this file. The empty form
  // would fail validation: an action that parses before it checks the role fails this test.
  it.each(["anonymous", "provider"] as const)(
    "%s: every exported action under app/[locale]/(admin)/admin is refused by its gate",
    async (who) => {
      const checked: string[] = [];
      for (const file of adminFiles("actions.ts")) {
        const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
        for (const [name, fn] of Object.entries(mod)) {
          if (typeof fn !== "function" || UNGATED.has(name)) continue;
          as(who);
          let result: { state?: TState; redirect?: string; error?: unknown };
          try {
            result = await outcome(() => (fn as TAction)({ status: "idle" }, new FormData()));
          } catch (error) {
            result = { error };
          }
          expect(
            refused(who, result),
            `${path.relative(ADMIN_DIR, file)} ${name}: ${JSON.stringify(result)}`,
          ).toBe(true);
          checked.push(name);
        }
      }
      expect(checked).toEqual(expect.arrayContaining(CASES.map((c) => c.name)));
    },
  );

  it.each(["anonymous", "provider"] as const)(
    "%s: each action returns a refusal and changes nothing",
    async (who) => {
      const before = await snapshot();
      for (const c of CASES) {
        as(who);
        const result = await outcome(async () =>
          (await action(c.file, c.name))({ status: "idle" }, form(c.fields())),
        );
        expect(result.redirect, `${c.name} must not succeed for ${who}`).toBeUndefined();
        expect(result.state).toMatchObject(
          who === "anonymous"
            ? { status: "error", needsSignIn: true }
            : { status: "error", message: "Only moderators can do this." },
        );
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it("moderator: the same requests go through (so the refusals above are the gate's doing)", async () => {
    as("moderator");
    const results: Record<string, Awaited<ReturnType<typeof outcome>>> = {};
    for (const c of CASES)
      results[c.name] = await outcome(async () =>
        (await action(c.file, c.name))({ status: "idle" }, form(c.fields())),
      );
    expect(results.verifyCertificationAction?.redirect).toMatch(
      `/admin/providers/${ids.provider}?done=verified`,
    );
    expect(results.suspendProviderAction?.redirect).toMatch(
      `/admin/providers/${ids.provider}?done=suspended`,
    );
    expect(results.unsuspendProviderAction?.redirect).toMatch(
      `/admin/providers/${ids.provider}?done=unsuspended`,
    );
    expect(results.resolveReportAction?.redirect).toBe("/admin/reports?done=resolved");
    expect(results.markSpamAction?.redirect).toBe("/admin/consult-requests?done=spam");
    // Past the gate, refused by the data layer for its unreadable payload, and shown that message.
    expect(results.approveSubmissionAction?.state).toMatchObject({
      status: "error",
      message: expect.stringContaining("no longer valid"),
    });
    expect(results.rejectSubmissionAction?.redirect).toBe(
      `/admin/submissions/${ids.submission}?done=rejected`,
    );
    expect(await snapshot()).toMatchObject({
      provider: "PUBLISHED",
      cert: "VERIFIED",
      report: "RESOLVED",
      consult: "SPAM",
      submission: "REJECTED",
    });
  });
});

describe("every admin page checks the role itself", () => {
  const pages = adminFiles("page.tsx");
  const props = { params: Promise.resolve({ id: "1" }), searchParams: Promise.resolve({}) };

  it("finds the admin pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
  });

  it.each(pages.map((p) => [path.relative(ADMIN_DIR, p), p]))(
    "%s: anonymous -> sign-in, provider -> 'Only moderators'",
    async (_name, file) => {
      const Page = (
        (await import(/* @vite-ignore */ file)) as {
          default: (p: typeof props) => Promise<{ type: unknown }>;
        }
      ).default;
      as("anonymous");
      expect(await outcome(() => Page(props))).toEqual({ redirect: "/admin/sign-in" });
      as("provider");
      expect((await Page(props)).type).toBe(OnlyModerators);
    },
  );
});
