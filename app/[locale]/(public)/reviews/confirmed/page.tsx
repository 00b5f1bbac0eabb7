import type { Metadata } from "next";
import Link from "next/link";
import { getReviewTarget, type TReviewTarget } from "@/lib/data/reviews";
import { parseProviderParam } from "@/lib/validation/review";

export const metadata: Metadata = { title: "Review confirmation", robots: { index: false } };

type TOutcome = "confirmed" | "edit-pending" | "expired" | "invalid" | "error";
const OUTCOMES: readonly TOutcome[] = ["confirmed", "edit-pending", "expired", "invalid", "error"];

/** What /reviews/confirm found. Only fixed texts are shown: nothing from the address is echoed. */
export default async function ReviewConfirmedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const raw = typeof params.outcome === "string" ? params.outcome : "";
  const outcome: TOutcome = (OUTCOMES as readonly string[]).includes(raw) ? (raw as TOutcome) : "invalid";
  const id = typeof params.provider === "string" ? parseProviderParam(params.provider) : null;
  const target = id === null ? null : await getReviewTarget({ id });
  const profile = target ? (
    <p>
      <Link href={target.path}>Back to the profile of {target.name}</Link>
    </p>
  ) : (
    <p>
      <Link href="/">Back to the home page</Link>
    </p>
  );
  return (
    <div className="container section" style={{ maxWidth: "42rem" }}>
      <Body outcome={outcome} target={target} />
      {profile}
    </div>
  );
}

function Body({ outcome, target }: { outcome: TOutcome; target: TReviewTarget | null }) {
  const again = target ? (
    <Link href={`${target.path}/review`}>write the review again</Link>
  ) : (
    "write the review again from the provider's profile"
  );
  switch (outcome) {
    case "confirmed":
      return (
        <>
          <h1>Thank you: your review is confirmed</h1>
          <p>
            A moderator reads every review before it appears on the profile, usually within two working days.
          </p>
        </>
      );
    case "edit-pending":
      return (
        <>
          <h1>Thank you: your new review is confirmed</h1>
          <p>
            Your earlier review is replaced by this one once a moderator approves it. Until then, your earlier
            review stays on the profile as it is.
          </p>
        </>
      );
    case "expired":
      return (
        <>
          <h1>This confirmation link has expired</h1>
          <p>
            Links work for 48 hours. Your review was not published. Please {again}: we will e-mail you a new
            link.
          </p>
        </>
      );
    case "error":
      return (
        <>
          <h1>Something went wrong on our side</h1>
          <p className="alert alert--error" role="alert">
            Your review could not be confirmed just now. Please open the link from your e-mail again in a few
            minutes.
          </p>
        </>
      );
    default:
      return (
        <>
          <h1>This confirmation link is not valid</h1>
          <p>
            It may have been used already: each link works once. If you opened it before, your review is
            confirmed and waiting for a moderator, and there is nothing more to do.
          </p>
          <p>Otherwise, please make sure you opened the whole link from the e-mail, or {again}.</p>
        </>
      );
  }
}
