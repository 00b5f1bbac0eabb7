import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { ForgetDraft } from "@/components/provider-form/forget-draft";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/auth";
import { ZEmail } from "@/lib/validation/provider-submission";
import { NEW_PROVIDER_DRAFT_KEY, SENT_TO_COOKIE } from "@/lib/validation/provider-form-draft";

export const metadata: Metadata = { title: "Submission received", robots: { index: false } };

const REFERENCE = /^NCF-[2-9A-HJ-NP-Z]{6}$/;

export default async function SubmittedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // Only a well-formed reference is echoed; this page reads nothing from the database.
  const reference =
    typeof params.reference === "string" && REFERENCE.test(params.reference) ? params.reference : null;
  const signedIn = params.account === "1";
  const stored = ZEmail.safeParse((await cookies()).get(SENT_TO_COOKIE)?.value);
  const sentTo = stored.success ? stored.data : null;
  return (
    <div className="container">
      <div className="section" style={{ maxWidth: "46rem" }}>
        <ForgetDraft draftKey={NEW_PROVIDER_DRAFT_KEY} />
        <h1>Thank you: we received your profile</h1>
        {reference ? (
          <p className="alert alert--info" role="status">
            Your reference is <strong>{reference}</strong>. Quote it if you contact us.
          </p>
        ) : null}
        <h2>What happens next</h2>
        <ol>
          <li>A moderator reviews your profile and checks your board certifications with the boards.</li>
          <li>
            We e-mail you{" "}
            {sentTo ? (
              <>
                at <strong>{sentTo}</strong>{" "}
              </>
            ) : null}
            when it is approved, or tell you what to correct.
          </li>
          <li>Once published, patients near your practice find it in search.</li>
        </ol>
        {signedIn ? (
          <p>
            You can follow its status in <Link href="/account">your account</Link>.
          </p>
        ) : (
          <p>
            We sent{" "}
            {sentTo ? (
              <>
                a sign-in link to <strong>{sentTo}</strong>
              </>
            ) : (
              "you a sign-in link"
            )}{" "}
            (it works once and expires in {MAGIC_LINK_MINUTES} minutes). Follow it to see the status in your
            account; if it expired, or that address is wrong,{" "}
            <Link href="/sign-in?next=/account">ask for a new one</Link>.
          </p>
        )}
      </div>
    </div>
  );
}
