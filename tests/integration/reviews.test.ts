// Reviews against real PostgreSQL: submit -> confirm -> moderate, and what search and the profile
// columns make of it. Mail goes to the OutboxEmail table (SMTP_URL is unset in these tests).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { keyedHash } from "@/lib/data/rate-limit";
import { decideReview, listPendingReviews } from "@/lib/data/review-moderation";
import { createReply, createReviewReport, getReviewsPage } from "@/lib/data/review-public";
import { confirmReview, hashToken, submitReview } from "@/lib/data/reviews";
import { searchProviders } from "@/lib/data/search";
import { resolveSearch } from "@/lib/search/resolve";
import { ZReview, type TReviewInput } from "@/lib/validation/review";
import { createProvider, northOf } from "../factories";

// Empty prairie in south-east Montana, away from the other tests' rows.
const O = { lat: 45.5, lng: -104.5 };
const ids: Record<string, number> = {};
const users: Record<string, string> = {};
const run = randomUUID().slice(0, 8);
const net = (name: string) => keyedHash(`${run}-${name}`);

function input(over: Partial<Record<keyof TReviewInput, string | number>> = {}): TReviewInput {
  return ZReview.parse({
    providerId: ids.target,
    displayName: "Ann P.",
    email: `ann-${run}@example.org`,
    rating: 5,
    body: "Careful EMG-guided injections and a clear plan for follow-up visits.",
    attestation: "on",
    ...over,
  });
}

async function lastToken(to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirst({ where: { to }, orderBy: { id: "desc" } });
  const token = mail?.text.match(/\/reviews\/confirm\?token=([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no confirmation link to ${to}`);
  return token;
}

async function search(params: Record<string, string>) {
  const r = resolveSearch({ near: `${O.lat},${O.lng}`, radius: "25", ...params });
  if (!r.ok) throw new Error(r.message);
  return (await searchProviders({ origin: r.origin, query: r.query, withFacets: true })).results.map((x) => x.id);
}

const provider = (id: number | undefined) =>
  db.provider.findUniqueOrThrow({
    where: { id },
    select: { reviewCount: true, ratingAverage: true, ratingScore: true },
  });

beforeAll(async () => {
  const at = (miles: number) => northOf(O.lat, O.lng, miles);
  ids.target = (await createProvider(db, { locations: [at(1)] })).id;
  // Forty reviews averaging 4.5: one five-star review must not outrank them.
  ids.many = (
    await createProvider(db, { locations: [at(2)], ratings: [...Array(20).fill(4), ...Array(20).fill(5)] })
  ).id;
  ids.low = (await createProvider(db, { locations: [at(3)], ratings: [3, 3] })).id;
  ids.unpublished = (await createProvider(db, { status: "PENDING", locations: [at(4)] })).id;
  for (const role of ["moderator", "owner", "stranger"] as const) {
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
  await db.provider.update({ where: { id: ids.target }, data: { ownerId: users.owner } });
});

afterAll(async () => {
  await db.provider.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users) } } });
  await db.$disconnect();
});

describe("a review from submission to publication", () => {
  let reviewId = 0;

  it("is held unconfirmed; only the token's hash and the address's keyed hash are stored", async () => {
    const email = `ann-${run}@example.org`;
    await submitReview({ input: input({ email: `  ANN-${run}@Example.org ` }), networkHash: net("a") });
    const token = await lastToken(email);
    const row = await db.review.findFirstOrThrow({ where: { providerId: ids.target } });
    reviewId = row.id;
    expect(row.status).toBe("UNCONFIRMED");
    expect(row.confirmTokenHash).toBe(hashToken(token));
    expect(row.emailHash).toBe(keyedHash(email));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(JSON.stringify(row).toLowerCase()).not.toContain(email);
    expect(row.confirmExpiresAt!.getTime() - Date.now()).toBeGreaterThan(47 * 3_600_000);
    // Not public yet.
    expect(
      (await getReviewsPage({ providerId: ids.target!, rating: null, page: 1, pageSize: 10, viewerId: null }))
        ?.total,
    ).toBe(0);
  });

  it("is confirmed by its link once, then waits for a moderator", async () => {
    const token = await lastToken(`ann-${run}@example.org`);
    expect(await confirmReview({ token, networkHash: net("a") })).toEqual({
      outcome: "confirmed",
      providerId: ids.target,
    });
    const row = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(row.status).toBe("PENDING");
    expect(row.confirmedAt).not.toBeNull();
    expect(row.confirmTokenHash).toBeNull();
    expect(await confirmReview({ token, networkHash: net("a") })).toEqual({ outcome: "invalid" });
    expect((await provider(ids.target)).reviewCount).toBe(0);
  });

  it("shows up in the queue with its abuse signals, then approval moves the rating and the search", async () => {
    const queue = await listPendingReviews({ providerId: ids.target, page: 1 });
    expect(queue.items.map((i) => i.id)).toEqual([reviewId]);
    expect(queue.items[0]?.signals.map((s) => s.text)).toContain("1 review from this network in 30 days");
    expect(queue.items[0]?.networkFingerprint).toHaveLength(6);

    expect(await search({ sort: "rating" })).toEqual([ids.many, ids.low, ids.target]);
    expect(await search({ minRating: "4" })).toEqual([ids.many]);
    expect(await search({ minReviews: "1" })).not.toContain(ids.target);

    await decideReview({
      decision: { id: reviewId, decision: "APPROVE", reason: "" },
      moderatorId: users.moderator!,
    });
    expect(await provider(ids.target)).toEqual({
      reviewCount: 1,
      ratingAverage: 5,
      ratingScore: (3.5 * 5 + 5) / 6,
    });
    // Bayesian: one five-star review (3.75) stays below forty averaging 4.5 (4.39), above two threes.
    expect(await search({ sort: "rating" })).toEqual([ids.many, ids.target, ids.low]);
    expect(await search({ minRating: "4" })).toEqual([ids.target, ids.many]);
    expect(await search({ minReviews: "1" })).toContain(ids.target);
    const audit = await db.auditLog.findMany({ where: { targetType: "review", targetId: String(reviewId) } });
    expect(audit.map((a) => a.action)).toEqual(["review.approve"]);
  });

  it("a second review from the same address edits the first, which stays up until the edit is approved", async () => {
    await submitReview({
      input: input({
        rating: 2,
        body: "Second thoughts: the follow-up calls stopped after the first visit.",
      }),
      networkHash: net("a"),
    });
    // An unconfirmed edit (perhaps by someone who merely knows the address) hides nothing.
    const page = await getReviewsPage({
      providerId: ids.target!,
      rating: null,
      page: 1,
      pageSize: 10,
      viewerId: null,
    });
    expect(page?.reviews.map((r) => r.rating)).toEqual([5]);
    const token = await lastToken(`ann-${run}@example.org`);
    expect(await confirmReview({ token, networkHash: net("a") })).toEqual({
      outcome: "edit-pending",
      providerId: ids.target,
    });
    const edit = (await listPendingReviews({ providerId: ids.target, page: 1 })).items[0];
    expect(edit?.isEdit).toBe(true);
    expect(edit?.replaces?.rating).toBe(5);
    // While the edit waits for the moderator, another review from the address (perhaps by someone
    // who merely knows it) does not replace or void it.
    await submitReview({ input: input({ rating: 1, body: "Written by someone else who knows the address." }), networkHash: net("z") });
    const stillPending = (await listPendingReviews({ providerId: ids.target, page: 1 })).items[0];
    expect(stillPending).toMatchObject({ id: edit!.id, rating: 2 });
    await decideReview({
      decision: { id: edit!.id, decision: "APPROVE", reason: "" },
      moderatorId: users.moderator!,
    });
    const rows = await db.review.findMany({ where: { providerId: ids.target } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: reviewId,
      rating: 2,
      status: "APPROVED",
      body: expect.stringContaining("Second thoughts"),
    });
    expect(await provider(ids.target)).toMatchObject({ reviewCount: 1, ratingAverage: 2 });
  });

  it("refuses an expired link and an unpublished provider", async () => {
    const email = `late-${run}@example.org`;
    await submitReview({ input: input({ email }), networkHash: net("b") });
    const token = await lastToken(email);
    await db.review.updateMany({
      where: { confirmTokenHash: hashToken(token) },
      data: { confirmExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await confirmReview({ token, networkHash: net("b") })).toEqual({
      outcome: "expired",
      providerId: ids.target,
    });
    expect((await db.review.findFirstOrThrow({ where: { confirmTokenHash: hashToken(token) } })).status).toBe(
      "UNCONFIRMED",
    );
    await expect(
      submitReview({ input: input({ providerId: ids.unpublished!, email }), networkHash: net("b") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      submitReview({ input: input(), networkHash: net("b"), userId: users.owner }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("limits reviews per network", async () => {
    const network = net("flood");
    for (let i = 0; i < 5; i++)
      await submitReview({ input: input({ email: `flood-${i}-${run}@example.org` }), networkHash: network });
    await expect(
      submitReview({ input: input({ email: `flood-x-${run}@example.org` }), networkHash: network }),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many attempts\. Please try again in \d+ minutes?\.$/),
    });
  });

  it("lets exactly one of two simultaneous approvals through", async () => {
    const email = `twice-${run}@example.org`;
    await submitReview({ input: input({ email, providerId: ids.low!, rating: 4 }), networkHash: net("c") });
    await confirmReview({ token: await lastToken(email), networkHash: net("c") });
    const id = (await db.review.findFirstOrThrow({ where: { providerId: ids.low, status: "PENDING" } })).id;
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        decideReview({ decision: { id, decision: "APPROVE", reason: "" }, moderatorId: users.moderator! }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.auditLog.count({ where: { targetType: "review", targetId: String(id) } })).toBe(1);
    expect((await provider(ids.low)).reviewCount).toBe(3);
  });
});

describe("replies and reports", () => {
  it("only the provider's own account replies, once per review", async () => {
    const review = await db.review.findFirstOrThrow({
      where: { providerId: ids.target, status: "APPROVED" },
    });
    await expect(
      createReply({ userId: users.stranger!, reviewId: review.id, body: "We are sorry to hear this." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await createReply({
      userId: users.owner!,
      reviewId: review.id,
      body: "Thank you; please call us about follow-up.",
    });
    await expect(
      createReply({ userId: users.owner!, reviewId: review.id, body: "A second reply to the same review." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const page = await getReviewsPage({
      providerId: ids.target!,
      rating: null,
      page: 1,
      pageSize: 10,
      viewerId: users.owner!,
    });
    expect(page?.reviews[0]).toMatchObject({ reply: null, ownReply: "PENDING" });
  });

  it("anyone may report a published review, not a hidden one", async () => {
    const review = await db.review.findFirstOrThrow({
      where: { providerId: ids.target, status: "APPROVED" },
    });
    const { id } = await createReviewReport({
      reviewId: review.id,
      reason: "FAKE",
      details: "",
      networkHash: net("d"),
    });
    expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({
      target: "REVIEW",
      reviewId: review.id,
      providerId: ids.target,
      status: "OPEN",
    });
    const hidden = await db.review.findFirstOrThrow({
      where: { providerId: ids.target, status: { not: "APPROVED" } },
    });
    await expect(
      createReviewReport({ reviewId: hidden.id, reason: "FAKE", details: "", networkHash: net("d") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
