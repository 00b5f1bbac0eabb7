import type { Metadata } from "next";
import { ProviderForm } from "@/components/provider-form/provider-form";
import { getSessionUser } from "@/lib/auth/session";
import { emptyProviderForm } from "@/lib/validation/provider-form";
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
        />
      </div>
    </div>
  );
}
