// Shapes of public reviews and recommendations, in a neutral module: the data layer builds them, components render them.

export type TReviewSummary = {
  count: number;
  average: number | null;
  /** Approved reviews per star: index 0 = 1 star ... index 4 = 5 stars. */
  distribution: [number, number, number, number, number];
};

export type TPublicReview = {
  id: number;
  rating: number;
  body: string;
  displayName: string;
  createdAt: string;
  reply: { body: string; createdAt: string } | null;
  /** Only for the provider's own account: where its reply stands ("none" when it may reply). */
  ownReply?: "none" | "PENDING" | "APPROVED" | "REJECTED";
};

export type TPublicRecommendation = {
  id: number;
  from: { id: number; name: string; path: string; specialty: string | null };
  reason: string;
  createdAt: string;
};
