export function adminUrlFromEnv(): string | undefined;
export function databaseUrl(adminUrl: string, name: string): string;
export function createTestDatabase(adminUrl: string, label: string): Promise<{ name: string; url: string; drop: () => Promise<void> }>;
