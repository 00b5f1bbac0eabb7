import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/components/provider/format";
import { getSessionUser } from "@/lib/auth/session";
import { getRecommendContext, type TOwnProfile } from "@/lib/data/recommendations";
import { getReviewTarget } from "@/lib/data/reviews";
import { parseProviderParam } from "@/lib/validation/review";
import { RecommendForm } from "./recommend-form";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const id = parseProviderParam((await params).id);
  const t = id === null ? null : await getReviewTarget({ id });
  return { title: t ? `Recommend ${t.name}` : "Provider not found", robots: { index: false } };
}

const STATUS_WORDS = {
  PENDING: "waiting for a moderator",
  APPROVED: "shown on the profile",
  REJECTED: "not approved by a moderator",
} as const;

export default async function RecommendPage({ params }: TProps) {
  const id = parseProviderParam((await params).id);
  if (id === null) notFound();
  const user = await getSessionUser();
  const ctx = await getRecommendContext({ toProviderId: id, userId: user?.id ?? null });
  if (!ctx) notFound();
  const { target, own } = ctx;
  return (
    <div className="container section" style={{ maxWidth: "46rem" }}>
      <p>
        <Link href={target.path}>Back to the profile of {target.name}</Link>
      </p>
      <h1>Recommend {target.name}</h1>
      <p>
        Clinicians listed on NeckCare Finder can recommend a colleague they trust with neck injections. Once a
        moderator approves it, your recommendation shows on the colleague’s profile with your name and
        specialty, and counts in the “Recommended by clinicians” search filter. One recommendation per
        colleague.
      </p>
      {user ? (
        <Body targetId={target.id} targetName={target.name} own={own} />
      ) : (
        <p className="alert alert--info">
          Recommendations come from listed clinicians.{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(`${target.path}/recommend`)}`}>
            Sign in as a provider
          </Link>{" "}
          to recommend {target.name}.
        </p>
      )}
    </div>
  );
}

function Body({ targetId, targetName, own }: { targetId: number; targetName: string; own: TOwnProfile[] }) {
  const published = own.filter((p) => p.published);
  const choices = published.filter((p) => !p.isTarget && !p.existing);
  const already = own.filter((p) => p.existing);
  let why: string | null = null;
  if (own.length === 0)
    why =
      "Your account does not manage a provider profile yet. Once your own profile is published, you can recommend colleagues.";
  else if (published.length === 0) why = "You can recommend colleagues once your own profile is published.";
  else if (published.every((p) => p.isTarget))
    why = "This is your own profile: you can't recommend yourself.";
  return (
    <>
      {already.map((p) => (
        <p key={p.id} className="alert alert--info">
          You already recommended {targetName}
          {own.length > 1 ? ` as ${p.name}` : ""} on {formatDate(p.existing!.createdAt.toISOString())} (
          {STATUS_WORDS[p.existing!.status]}).
        </p>
      ))}
      {why ? <p className="alert alert--warn">{why}</p> : null}
      {choices.length > 0 ? (
        <RecommendForm
          targetId={targetId}
          targetName={targetName}
          choices={choices.map((c) => ({ id: c.id, name: c.name }))}
        />
      ) : null}
    </>
  );
}
