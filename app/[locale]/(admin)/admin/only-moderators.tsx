import Link from "next/link";
import { signOutAction } from "./actions";

/**
 * What a signed-in non-moderator (a provider) sees on any /admin page: a plain refusal, not a crash
 * and not a hint of the page's contents.
 */
export function OnlyModerators() {
  return (
    <div className="container section" style={{ maxWidth: "40rem" }}>
      <h1>Only moderators can see this</h1>
      <p>
        You are signed in, but not with a moderator account. The moderation pages are for the NeckCare Finder
        moderation team.
      </p>
      <p>
        Moderators: sign out, then sign in with your moderator account. Everyone else:{" "}
        <Link href="/">back to the home page</Link>.
      </p>
      <form action={signOutAction}>
        <button type="submit" className="button button--secondary">
          Sign out
        </button>
      </form>
    </div>
  );
}
