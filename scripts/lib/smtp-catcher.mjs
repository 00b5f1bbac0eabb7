// A real SMTP server for end-to-end tests: the app sends through SMTP_URL as in production, and
// every message lands, parsed, as a JSON file in `dir` for the tests to read (tests/e2e/support/mail.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** @param {{ port: number, dir: string }} options @returns {Promise<{ close: () => Promise<void> }>} */
export async function startSmtpCatcher({ port, dir }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const file = path.join(dir, `${Date.now()}-${String(++n).padStart(5, "0")}.json`);
          writeFileSync(file, JSON.stringify({ to, subject: mail.subject ?? "", text: mail.text ?? "", html: mail.html || "", date: new Date().toISOString() }));
          callback();
        })
        .catch((e) => callback(e));
    },
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(undefined));
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}
