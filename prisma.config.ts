import "dotenv/config";
import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env itself. `prisma generate` needs no database, so a placeholder URL keeps
// it working offline; commands that talk to a database get the real one from the environment.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder",
  },
});
