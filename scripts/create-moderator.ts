// `npm run user:create-moderator -- --email=a@b.org --name="Alex Moderator"`
// The password comes from MODERATOR_PASSWORD, or is asked for (hidden) on a terminal.
// An existing user with that e-mail becomes a moderator and gets the new password.
import "dotenv/config";
import { randomUUID } from "node:crypto";
import readline from "node:readline";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db-client";

const ZArgs = z.object({
  email: z.email("--email must be an e-mail address, e.g. --email=alex@example.org").transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, "--name is required, e.g. --name=\"Alex Moderator\"").max(120),
  password: z.string().min(12, "The password must have at least 12 characters.").max(256),
});

function argValue(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3);
}

async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("No password: set MODERATOR_PASSWORD, or run this in a terminal to be asked.");
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let asking = true;
  out._writeToOutput = (s: string) => out.output.write(asking && s !== question ? "" : s);
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      asking = false;
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

async function main() {
  const unknown = process.argv.slice(2).filter((a) => !/^--(email|name)=/.test(a));
  if (unknown.length) throw new Error(`Unknown argument ${unknown[0]}. Use --email=... --name=...`);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the app's database.");
  const password = process.env.MODERATOR_PASSWORD ?? (await askHidden("Password (12+ characters): "));
  const parsed = ZArgs.safeParse({ email: argValue("email"), name: argValue("name"), password });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(" "));
  const { email, name } = parsed.data;
  const hash = await hashPassword(parsed.data.password);
  const db = createPrismaClient(url, 1);
  try {
    const existed = await db.$transaction(async (tx) => {
      const found = await tx.user.findUnique({ where: { email }, select: { id: true } });
      const user = found
        ? await tx.user.update({ where: { id: found.id }, data: { role: "MODERATOR", name, emailVerified: true }, select: { id: true } })
        : await tx.user.create({ data: { id: randomUUID(), email, name, role: "MODERATOR", emailVerified: true }, select: { id: true } });
      const account = await tx.account.findFirst({ where: { userId: user.id, providerId: "credential" }, select: { id: true } });
      if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
      else await tx.account.create({ data: { id: randomUUID(), userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
      return Boolean(found);
    });
    console.log(existed ? `${email} is now a moderator (password updated).` : `Moderator ${email} created. Sign in at /admin/sign-in.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(`user:create-moderator: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
