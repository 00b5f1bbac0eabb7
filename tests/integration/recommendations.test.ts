// Clinician recommendations against real PostgreSQL: who may recommend whom, once, and what the
// recommended=1 search filter makes of an approved one.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createRecommendation,
  decideRecommendation,
  getRecommendContext,
  listApprovedRecommendations,
} from "@/lib/data/recommendations";
import { searchProviders } from "@/lib/data/search";
import { resolveSearch } from "@/lib/search/resolve";
import { createProvider, northOf } from "../factories";

// North Dakota badlands: no other test's rows nearby.
const O = { lat: 46.9, lng: -103.5 };
const ids: Record<string, number> = {};
const users: Record<string, string> = {};
const run = randomUUID().slice(0, 8);
const reason = "I refer my cervical dystonia patients here; careful EMG-guided dosing.";

async function recommended() {
  const r = resolveSearch({ near: `${O.lat},${O.lng}`, radius: "25", recommended: "1" });
  if (!r.ok) throw new Error(r.message);
  return (await searchProviders({ origin: r.origin, query: r.query, withFacets: true })).results.map((x) => x.id);
}

beforeAll(async () => {
  const at = (miles: number) => northOf(O.lat, O.lng, miles);
  ids.mine = (
    await createProvider(db, {
      locations: [at(1)],
      certifications: [{ board: "ABPN", specialty: "NEUROLOGY", state: "VERIFIED" }],
    })
  ).id;
  ids.minePending = (await createProvider(db, { status: "PENDING", locations: [at(2)] })).id;
  ids.colleague = (await createProvider(db, { locations: [at(3)] })).id;
  ids.unlisted = (await createProvider(db, { status: "SUSPENDED", locations: [at(4)] })).id;
  for (const role of ["moderator", "owner", "other"] as const) {
    users[role] = `u-${run}-${role}`;
    await db.user.create({
      data: {
        id: users[role],
        name: role,
        email: `${role}-${run}@example.org`,
        role: role === "moderator" ? "MODERATOR" : "PROVIDER",
      },
    });
  }
  await db.provider.updateMany({
    where: { id: { in: [ids.mine!, ids.minePending!] } },
    data: { ownerId: users.owner },
  });
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await db.$disconnect();
});

const recommend = (userId: string | undefined, from: number | undefined, to: number | undefined) =>
  createRecommendation({ userId: userId!, input: { fromProviderId: from!, toProviderId: to!, reason } });

describe("recommending a colleague", () => {
  it("refuses oneself, someone else's profile, an unpublished recommender and an unlisted colleague", async () => {
    await expect(recommend(users.owner, ids.mine, ids.mine)).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("can't recommend yourself"),
    });
    await expect(recommend(users.other, ids.mine, ids.colleague)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(recommend(users.owner, ids.minePending, ids.colleague)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("once your own profile is published"),
    });
    await expect(recommend(users.owner, ids.mine, ids.unlisted)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await db.recommendation.count({ where: { fromProviderId: { in: [ids.mine!, ids.minePending!] } } }),
    ).toBe(0);
  });

  it("records one pending recommendation per pair; a second attempt says so", async () => {
    expect(await recommend(users.owner, ids.mine, ids.colleague)).toMatchObject({
      toName: expect.stringContaining("Test"),
    });
    await expect(recommend(users.owner, ids.mine, ids.colleague)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^You already recommended Test /),
    });
    const rows = await db.recommendation.findMany({ where: { toProviderId: ids.colleague } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe("PENDING");
    const ctx = await getRecommendContext({ toProviderId: ids.colleague!, userId: users.owner! });
    expect(ctx?.own.find((p) => p.id === ids.mine)?.existing?.status).toBe("PENDING");
    // Pending: not counted yet.
    expect(await recommended()).not.toContain(ids.colleague);
    expect(await listApprovedRecommendations({ providerId: ids.colleague! })).toEqual([]);
  });

  it("once approved, counts in recommended=1 and shows the recommender's name and specialty", async () => {
    const rec = await db.recommendation.findFirstOrThrow({ where: { toProviderId: ids.colleague } });
    await decideRecommendation({
      decision: { id: rec.id, decision: "APPROVE", reason: "" },
      moderatorId: users.moderator!,
    });
    await expect(
      decideRecommendation({
        decision: { id: rec.id, decision: "REJECT", reason: "Changed my mind, too late." },
        moderatorId: users.moderator!,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.provider.findUniqueOrThrow({ where: { id: ids.colleague } })).recommendationCount).toBe(
      1,
    );
    expect(await recommended()).toEqual([ids.colleague]);
    const shown = await listApprovedRecommendations({ providerId: ids.colleague! });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      reason,
      from: {
        id: ids.mine,
        specialty: "Neurology",
        path: expect.stringMatching(new RegExp(`^/providers/${ids.mine}-`)),
      },
    });
    expect(
      await db.auditLog.count({
        where: { targetType: "recommendation", targetId: String(rec.id), action: "recommendation.approve" },
      }),
    ).toBe(1);
  });
});
