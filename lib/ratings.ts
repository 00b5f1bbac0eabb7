/**
 * Ratings are sorted by a Bayesian average: every provider starts with PRIOR_WEIGHT imaginary
 * reviews at PRIOR_MEAN stars, so one five-star review (score 3.75) does not outrank forty reviews
 * averaging 4.5 stars (score 4.39). Shown to users in one line on the search and profile pages.
 */
export const PRIOR_MEAN = 3.5;
export const PRIOR_WEIGHT = 5;

export function bayesianScore(sum: number, count: number): number | null {
  if (count === 0) return null;
  return (PRIOR_MEAN * PRIOR_WEIGHT + sum) / (PRIOR_WEIGHT + count);
}

export const RATING_EXPLANATION = `Ratings come from approved reviews only. Sorting by rating uses a weighted average that counts ${PRIOR_WEIGHT} neutral ${PRIOR_MEAN}-star ratings alongside the real ones, so a few reviews cannot outrank many.`;
