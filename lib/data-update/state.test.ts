// What the update remembers between runs: a file is imported once per download and database, and
// two updates never run at once on the same downloads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock, databaseKey, UpdateState } from "./state";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(path.join(os.tmpdir(), "update-state-")));

const FILE = { size: 10, etag: '"a"', lastModified: null, completedAt: "2026-12-01T08:00:00.000Z" };
const DB1 = "postgresql://u:secret@db.example:5432/neckcare";
const DB2 = "postgresql://u:secret@db.example:5432/other";

describe("UpdateState", () => {
  it("remembers an import per database and per download, across runs", async () => {
    fresh();
    const s = await UpdateState.load(dir, DB1);
    expect(s.isImported("nppes/a.zip", FILE)).toBe(false);
    await s.markImported("nppes/a.zip", FILE);
    const again = await UpdateState.load(dir, DB1);
    expect(again.isImported("nppes/a.zip", FILE)).toBe(true);
    // The same file downloaded again (a new version with the same name) is imported again.
    expect(again.isImported("nppes/a.zip", { ...FILE, completedAt: "2027-01-01T08:00:00.000Z" })).toBe(false);
    expect(again.isImported("nppes/a.zip", { ...FILE, etag: '"b"' })).toBe(false);
    expect((await UpdateState.load(dir, DB2)).isImported("nppes/a.zip", FILE)).toBe(false);
    // The state file never holds a password.
    expect(readFileSync(path.join(dir, "state.json"), "utf8")).not.toContain("secret");
  });

  it("forgets pruned files and starts afresh from an unreadable state file", async () => {
    fresh();
    const s = await UpdateState.load(dir, DB1);
    await s.markImported("claims/x.csv", FILE);
    await s.forget(["claims/x.csv"]);
    expect((await UpdateState.load(dir, DB1)).isImported("claims/x.csv", FILE)).toBe(false);
    writeFileSync(path.join(dir, "state.json"), "{not json");
    expect((await UpdateState.load(dir, DB1)).isImported("claims/x.csv", FILE)).toBe(false);
  });

  it("keys databases by host, port and name", () => {
    expect(databaseKey(DB1)).toBe("db.example:5432/neckcare");
    expect(databaseKey("postgresql://localhost/x")).toBe("localhost:5432/x");
    expect(databaseKey(undefined)).toBe("(none)");
  });
});

describe("acquireLock", () => {
  it("refuses a second update while the first runs, and takes over a lock left by a dead process", async () => {
    fresh();
    const release = await acquireLock(dir);
    // Another live process holds it: its pid is alive (this test's parent).
    writeFileSync(path.join(dir, "update.lock"), JSON.stringify({ pid: process.ppid, startedAt: "then" }));
    await expect(acquireLock(dir)).rejects.toThrow(
      `Another data update is running (pid ${process.ppid}, since then); wait for it to finish.`,
    );
    // A process that has exited.
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid!;
    writeFileSync(path.join(dir, "update.lock"), JSON.stringify({ pid: dead, startedAt: "then" }));
    const again = await acquireLock(dir);
    await again();
    await release();
  });
});
