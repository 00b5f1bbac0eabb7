import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

export type TCaughtMail = { to: string[]; subject: string; text: string; html: string; date: string };

const dir = () => {
  const d = process.env.E2E_MAIL_DIR;
  if (!d) throw new Error("E2E_MAIL_DIR is not set: run the end-to-end tests through `npm test`.");
  return d;
};

export function caughtMail(): TCaughtMail[] {
  return readdirSync(dir())
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir(), f), "utf8")) as TCaughtMail);
}

/** Waits for an e-mail to `to` (and matching `subject`) caught by the test SMTP server. */
export async function waitForMail(to: string, subject?: RegExp, timeout = 15_000): Promise<TCaughtMail> {
  let found: TCaughtMail | undefined;
  await expect
    .poll(
      () => {
        found = caughtMail()
          .reverse()
          .find((m) => m.to.includes(to.toLowerCase()) && (!subject || subject.test(m.subject)));
        return Boolean(found);
      },
      { timeout, message: `an e-mail to ${to}${subject ? ` with subject ${subject}` : ""}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in an e-mail's text that starts with `prefix` (e.g. the sign-in link). */
export function linkIn(mail: TCaughtMail, contains: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((u) => u.includes(contains));
  if (!link) throw new Error(`No link containing "${contains}" in: ${mail.text}`);
  return link;
}
