import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { errorAnswer, toResponse } from "@/lib/http/json-error";

// Only the auth library's endpoints the app uses are reachable over HTTP (issue 16): the magic
// link in the e-mail. Everything else (signing in, out, reading the session) happens in server
// actions and pages through auth.api, which apply the app's limits and schemas; the library's own
// endpoints (update-user, change-email, list-sessions, ...) would skip them.
const OPEN: Readonly<Record<string, readonly string[]>> = {
  GET: ["/api/auth/magic-link/verify"],
  POST: [],
};

function allowed(method: string, request: Request): boolean {
  const { pathname } = new URL(request.url);
  return OPEN[method]?.includes(pathname.replace(/\/+$/, "")) ?? false;
}

const notFound = () => toResponse(errorAnswer("NOT_FOUND", "Not found."));

// Resolved per request: the auth instance needs the database, which `next build` does not have.
export const GET = (request: Request) => (allowed("GET", request) ? toNextJsHandler(getAuth()).GET(request) : notFound());
export const POST = (request: Request) => (allowed("POST", request) ? toNextJsHandler(getAuth()).POST(request) : notFound());
