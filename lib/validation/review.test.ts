import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/forms";
import { ZRecommendation } from "./recommendation";
import {
  normaliseEmail,
  parseProviderParam,
  parseReviewsQuery,
  ZDecision,
  ZReview,
  ZReviewReport,
} from "./review";

const valid = {
  providerId: "12",
  displayName: "  Maria G. ",
  email: " Maria.G@Example.ORG ",
  rating: "4",
  body: "Clear explanation of the risks, and the injections were quick.",
  attestation: "on",
};

const errorsOf = (r: { success: boolean; error?: unknown }) =>
  r.success ? {} : fieldErrors(r.error as Parameters<typeof fieldErrors>[0]);

describe("ZReview", () => {
  it("trims the name and hashes-ready normalises the address", () => {
    const r = ZReview.parse(valid);
    expect(r).toMatchObject({
      providerId: 12,
      displayName: "Maria G.",
      email: "maria.g@example.org",
      rating: 4,
    });
    expect(normaliseEmail(" A@B.org ")).toBe("a@b.org");
  });

  it("keeps HTML as text (it is escaped when shown, never stripped or run)", () => {
    const body = '<script>alert("x")</script> and <b>bold</b> claims about the clinic';
    expect(ZReview.parse({ ...valid, body }).body).toBe(body);
  });

  it("says what is wrong with each field", () => {
    const r = ZReview.safeParse({ providerId: "12", email: "not-an-address", body: "Too short." });
    expect(errorsOf(r)).toEqual({
      displayName: "Enter the name to show with your review.",
      email: "Enter your e-mail address, e.g. name@example.org.",
      rating: "Choose a rating from 1 to 5 stars.",
      body: "Your review: write at least 20 characters (now 10).",
      attestation: "Confirm that this provider treated you for neck injections.",
    });
  });

  it("counts the text after trimming, and stops at 2,000 characters", () => {
    expect(ZReview.safeParse({ ...valid, body: `   ${"a".repeat(19)}   ` }).success).toBe(false);
    expect(ZReview.safeParse({ ...valid, body: "a".repeat(2000) }).success).toBe(true);
    expect(errorsOf(ZReview.safeParse({ ...valid, body: "a".repeat(2001) })).body).toBe(
      "Your review: keep it to 2,000 characters (now 2,001).",
    );
  });

  it("accepts whole ratings from 1 to 5 only", () => {
    for (const rating of ["0", "6", "4.5", "five"])
      expect(ZReview.safeParse({ ...valid, rating }).success).toBe(false);
  });
});

describe("ZReviewReport and ZDecision", () => {
  it("needs details only for 'something else'", () => {
    expect(ZReviewReport.safeParse({ reviewId: "3", reason: "FAKE" }).success).toBe(true);
    expect(
      errorsOf(ZReviewReport.safeParse({ reviewId: "3", reason: "OTHER", details: "  " })).details,
    ).toMatch(/Tell us/);
    expect(errorsOf(ZReviewReport.safeParse({ reviewId: "3", reason: "SPAM" })).reason).toMatch(/Choose/);
  });

  it("needs a reason to reject, not to approve", () => {
    expect(ZDecision.safeParse({ id: "1", decision: "APPROVE" }).success).toBe(true);
    expect(errorsOf(ZDecision.safeParse({ id: "1", decision: "REJECT", reason: "spam" })).reason).toMatch(
      /at least 10/,
    );
    expect(
      ZDecision.parse({ id: "1", decision: "REJECT", reason: " Contains a phone number. " }).reason,
    ).toBe("Contains a phone number.");
  });
});

describe("ZRecommendation", () => {
  it("refuses recommending oneself and too short a reason", () => {
    const r = ZRecommendation.safeParse({ fromProviderId: "5", toProviderId: "5", reason: "Great." });
    expect(errorsOf(r)).toEqual({
      fromProviderId: "You can't recommend yourself: choose a colleague's profile.",
      reason: "Your reason: write at least 10 characters (now 6).",
    });
    expect(
      errorsOf(
        ZRecommendation.safeParse({
          fromProviderId: "5",
          toProviderId: "5",
          reason: "Careful, skilled injector.",
        }),
      ).fromProviderId,
    ).toMatch(/can't recommend yourself/);
  });
});

describe("route and query parameters", () => {
  it("reads the profile's slugged id and ignores junk", () => {
    expect(parseProviderParam("123-jane-doe-md")).toBe(123);
    expect(parseProviderParam("123")).toBe(123);
    for (const bad of ["0", "abc", "12abc", "99999999999"]) expect(parseProviderParam(bad)).toBeNull();
  });

  it("falls back to all ratings and page 1", () => {
    expect(parseReviewsQuery({ rating: "5", page: "2" })).toEqual({ rating: 5, page: 2 });
    expect(parseReviewsQuery({ rating: "6", page: "-1" })).toEqual({ rating: null, page: 1 });
    expect(parseReviewsQuery({ rating: ["3", "4"] })).toEqual({ rating: 3, page: 1 });
  });
});
