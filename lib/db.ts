import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/db-client";
import { env } from "@/lib/env";

// One client per process; in development Next.js reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);

if (env().NODE_ENV !== "production") globalForPrisma.prisma = db;
