import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ProviderForm } from "@/components/provider-form/provider-form";
import { getSessionUser } from "@/lib/auth/session";
import { getOwnProviderForm } from "@/lib/data/accounts";
import { isAppError } from "@/lib/errors";
import { checkZips } from "@/app/[locale]/(public)/providers/new/actions";
import { submitEdit } from "../../../actions";

export const metadata: Metadata = { title: "Edit your profile", robots: { index: false } };

export default async function EditProviderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/account/providers/${id}/edit`)}`);
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const providerId = Number(id);
  let loaded: Awaited<ReturnType<typeof getOwnProviderForm>>;
  try {
    loaded = await getOwnProviderForm({ userId: user.id, providerId });
  } catch (e) {
    // Someone else's profile looks the same as a missing one: nothing about it is revealed.
    if (isAppError(e) && (e.code === "FORBIDDEN" || e.code === "NOT_FOUND")) notFound();
    throw e;
  }
  return (
    <div className="container">
      <div className="section">
        <p>
          <Link href="/account">← Your account</Link>
        </p>
        <h1>Edit your profile: {loaded.name}</h1>
        <p className="muted" style={{ maxWidth: "46rem" }}>
          Your changes go to a moderator; the published profile stays as it is until they are approved.
          {loaded.pendingReference
            ? ` You are continuing your changes ${loaded.pendingReference}, which are waiting for review; sending again replaces them.`
            : ""}
        </p>
        <ProviderForm
          mode="edit"
          initial={loaded.form}
          signedInEmail={user.email}
          submit={submitEdit.bind(null, providerId)}
          checkZips={checkZips}
          submitLabel="Send changes for review"
        />
      </div>
    </div>
  );
}
