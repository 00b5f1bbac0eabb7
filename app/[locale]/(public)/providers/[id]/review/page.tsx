import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getReviewTarget } from "@/lib/data/reviews";
import { parseProviderParam } from "@/lib/validation/review";
import { ReviewForm } from "./review-form";

type TProps = { params: Promise<{ id: string }> };

async function target(params: TProps["params"]) {
  const id = parseProviderParam((await params).id);
  return id === null ? null : getReviewTarget({ id });
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const t = await target(params);
  return { title: t ? `Review ${t.name}` : "Provider not found", robots: { index: false } };
}

export default async function WriteReviewPage({ params }: TProps) {
  const t = await target(params);
  if (!t) notFound();
  return (
    <div className="container section" style={{ maxWidth: "46rem" }}>
      <p>
        <Link href={t.path}>Back to the profile of {t.name}</Link>
      </p>
      <h1>Review {t.name}</h1>
      <p>
        Tell other patients what your neck injection treatment with this provider was like: how they explained
        the options and risks, how the injections went, and the follow-up.
      </p>
      <ul>
        <li>
          We e-mail you a link: your review is held until you confirm it, then a moderator reads it before it
          appears.
        </li>
        <li>
          One review per e-mail address per provider. Writing again from the same address replaces your
          earlier review.
        </li>
        <li>
          Your e-mail address is never shown, and the review keeps only a keyed hash of it, not the address.{" "}
          <Link href="/privacy">How we handle your data</Link> · <Link href="/terms">Rules for reviews</Link>
        </li>
      </ul>
      <ReviewForm providerId={t.id} />
    </div>
  );
}
