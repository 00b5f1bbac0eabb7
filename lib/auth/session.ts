import "server-only";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { getAuth } from "./auth";

export type TSessionUser = { id: string; email: string; name: string; role: "PROVIDER" | "MODERATOR" };

export async function getSessionUser(): Promise<TSessionUser | null> {
  // The request's headers first: a page that asks who is signed in is thereby rendered per request,
  // never at build time (when the auth library's settings may be absent).
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: string };
  return { id: u.id, email: u.email, name: u.name, role: u.role === "MODERATOR" ? "MODERATOR" : "PROVIDER" };
}

export async function requireUser(): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in first.");
  return user;
}

/** Every admin page and action calls this itself: a layout check alone is not enough. */
export async function requireModerator(): Promise<TSessionUser> {
  const user = await requireUser();
  if (user.role !== "MODERATOR") throw new AppError("FORBIDDEN", "Only moderators can do this.");
  return user;
}
