import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { magicLink } from "better-auth/plugins";
import { SESSION_DAYS } from "@/lib/content/retention";
import { sendMail } from "@/lib/data/mail";
import { consumeRateLimit, keyedHash, LIMITS } from "@/lib/data/rate-limit";
// The auth library needs the Prisma client for its adapter: the one import of lib/db outside lib/data.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { ZUserFields } from "@/lib/validation/user";

export const MAGIC_LINK_MINUTES = 15;

// Accounts (decision 0003): providers sign in by magic link (an account is created on first use);
// moderators by e-mail and password, created only by `npm run user:create-moderator` (sign-up with
// a password is disabled). The role lives on the user and is checked on the server by every admin
// page and action (lib/auth/session.ts).
function createAuth() {
  return betterAuth({
    appName: "NeckCare Finder",
    baseURL: env().APP_URL,
    secret: env().AUTH_SECRET,
    trustedOrigins: [env().APP_URL],
    // Signing in starts only from the app's own forms (server actions calling auth.api directly),
    // which apply the per-network rate limits; the library's HTTP endpoints for it would skip them.
    // The magic link's verify endpoint stays open: it is the link in the e-mail.
    disabledPaths: ["/sign-in/email", "/sign-in/magic-link"],
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    // No raw client address or user agent is stored with a session (a CHECK enforces it); the rest
    // of the app keeps only keyed hashes of networks.
    advanced: { ipAddress: { disableIpTracking: true } },
    databaseHooks: {
      session: {
        create: { before: async (session) => ({ data: { ...session, ipAddress: null, userAgent: null } }) },
        update: { before: async (session) => ({ data: { ...session, ipAddress: null, userAgent: null } }) },
      },
      // Whatever path writes a user (sign-up by magic link, a future endpoint), its fields pass the
      // app's own schema: no 900,000-character names, no javascript: images, no NUL bytes.
      user: {
        create: { before: async (user) => ({ data: { ...user, ...checkedUserFields(user) } }) },
        update: { before: async (user) => ({ data: { ...user, ...checkedUserFields(user) } }) },
      },
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "PROVIDER", input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS, updateAge: 60 * 60 * 24 },
    plugins: [
      magicLink({
        expiresIn: MAGIC_LINK_MINUTES * 60,
        sendMagicLink: async ({ email, url }) => {
          // Moderators sign in with their password only: a link would let anyone who can read a
          // moderator's mailbox into /admin without it. Nothing is sent, and the form answers as
          // for anyone (so it tells nobody which addresses are moderators').
          // Every address counts against its limit, a moderator's too, and an address over it gets
          // the same answer as any other (nothing is sent): the form tells nobody which addresses
          // are moderators' or how often someone asked.
          try {
            await consumeRateLimit(LIMITS.signInEmailPerAddress, keyedHash(email.toLowerCase()));
          } catch (e) {
            if (isAppError(e)) return;
            throw e;
          }
          const existing = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { role: true } });
          if (existing?.role === "MODERATOR") return;
          await sendMail({
            to: email,
            subject: "Your NeckCare Finder sign-in link",
            text: [
              "Hello,",
              "",
              `Use this link to sign in to NeckCare Finder. It works once and expires in ${MAGIC_LINK_MINUTES} minutes:`,
              "",
              url,
              "",
              "If you did not ask for it, ignore this e-mail: nobody can sign in without the link.",
            ].join("\n"),
          });
        },
      }),
      // Lets server actions set the session cookie.
      nextCookies(),
    ],
  });
}

/** The user fields the auth library may write, through the app's schema (lib/validation/user.ts). */
function checkedUserFields(user: { name?: unknown; image?: unknown }): { name?: string; image?: null } {
  const parsed = ZUserFields.safeParse({ name: user.name });
  if (!parsed.success) throw new APIError("BAD_REQUEST", { message: parsed.error.issues[0]?.message ?? "Invalid user fields." });
  return { ...(parsed.data.name !== undefined ? { name: parsed.data.name } : {}), ...("image" in user ? { image: null } : {}) };
}

type TAuth = ReturnType<typeof createAuth>;
let instance: TAuth | undefined;

/** Created on first use, so that importing this module (as `next build` does) needs no database. */
export function getAuth(): TAuth {
  instance ??= createAuth();
  return instance;
}
