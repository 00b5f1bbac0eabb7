import { notFound } from "next/navigation";

/**
 * A server action is a public POST endpoint whose arguments anyone can forge: a form action called
 * with a string, a number or nothing where its FormData belongs would throw a TypeError, a 500
 * (issue 16). Anything but a FormData ends the request as a 404 instead: no action of this app
 * exists for those arguments. Next.js answers notFound() in an action with that status.
 */
export function requireFormData(data: unknown): asserts data is FormData {
  if (!(data instanceof FormData)) notFound();
}
