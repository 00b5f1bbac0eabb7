import type { Metadata } from "next";
import { safeNextPath } from "@/lib/forms";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Provider sign-in", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(params.next, "/account");
  const error = typeof params.error === "string" ? params.error : undefined;
  return (
    <div className="container section" style={{ maxWidth: "36rem" }}>
      <h1>Sign in as a provider</h1>
      <p className="muted">
        Sign in to keep your profile current, answer claims and see consultation requests.
      </p>
      {error ? (
        <p className="alert alert--error" role="alert">
          That sign-in link is no longer valid (links work once and expire after 15 minutes). Ask for a new
          one below.
        </p>
      ) : null}
      <SignInForm next={next} />
    </div>
  );
}
