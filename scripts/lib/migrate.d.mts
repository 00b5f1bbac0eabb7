// Types for migrate.mjs (plain ESM JavaScript), so TypeScript callers such as tests stay strict.

export interface Migration {
  /** Directory name, e.g. "20261126000000_init". */
  name: string;
  /** Contents of migration.sql. */
  sql: string;
  /** sha256 hex of migration.sql, as Prisma records it. */
  checksum: string;
}

export interface MigrateOptions {
  connectionString: string;
  /** Defaults to "prisma/migrations". */
  migrationsDir?: string;
  /** Receives one line per applied migration (and notes). Defaults to console.log. */
  log?: (line: string) => void;
}

/** Migrations in `migrationsDir`, sorted by name. */
export function readMigrations(migrationsDir: string): Promise<Migration[]>;

/** Names of migrations not yet applied; throws on edited or failed migrations like migrate(). */
export function pendingMigrations(options: {
  connectionString: string;
  migrationsDir?: string;
}): Promise<string[]>;

/** Applies pending migrations, each in its own transaction; throws a one-line Error on failure. */
export function migrate(options: MigrateOptions): Promise<{ applied: string[] }>;
