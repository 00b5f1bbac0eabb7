import type { Metadata } from "next";
import { ProviderForm } from "@/components/provider-form/provider-form";
import { getSessionUser } from "@/lib/auth/session";
import Link from "next/link";
import { emptyProviderForm } from "@/lib/validation/provider-form";
import { NEW_PROVIDER_DRAFT_KEY } from "@/lib/validation/provider-form-draft";
import { checkNpi, checkZips, submitNewProvider } from "./actions";

export const metadata: Metadata = { title: "Add your profile", robots: { index: false } };

export default async function NewProviderPage() {
  const user = await getSessionUser();
  return (
    <div className="container">
      <div className="section">
        <h1>Add your profile</h1>
        <p className="muted" style={{ maxWidth: "46rem" }}>
          For physicians who inject botulinum toxin in the neck, and their office staff. Six short steps: your
          identity and NPI, where you practise, board certifications, experience, consultation options, then a
          review. A moderator checks every profile before it is published.
        </p>
        <p className="alert alert--info" style={{ maxWidth: "46rem" }}>
          Already listed, or sent a profile before?{" "}
          <Link href="/sign-in?next=/account">Provider sign-in</Link> to keep your profile current. Listed
          from the NPI registry but never signed in? Find your listing and choose “Claim this listing”.
        </p>
        <noscript>
          <p className="alert alert--warn">
            This form needs JavaScript. Please turn it on, or e-mail us your details instead.
          </p>
        </noscript>
        <ProviderForm
          mode="new"
          initial={emptyProviderForm()}
          signedInEmail={user?.email ?? null}
          submit={submitNewProvider}
          checkNpi={checkNpi}
          checkZips={checkZips}
          submitLabel="Submit for review"
          draftKey={NEW_PROVIDER_DRAFT_KEY}
        />
      </div>
    </div>
  );
}
