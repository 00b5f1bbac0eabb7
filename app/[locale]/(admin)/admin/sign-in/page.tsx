import type { Metadata } from "next";
import { ModeratorSignInForm } from "./moderator-sign-in-form";

export const metadata: Metadata = { title: "Moderator sign-in", robots: { index: false } };

export default function ModeratorSignInPage() {
  return (
    <div className="container section" style={{ maxWidth: "32rem" }}>
      <h1>Moderator sign-in</h1>
      <p className="muted">
        For the NeckCare Finder moderation team. Providers sign in by e-mail link at /sign-in.
      </p>
      <ModeratorSignInForm />
    </div>
  );
}
