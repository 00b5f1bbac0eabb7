// Vitest runs outside React Server Components, where the real "server-only" module throws.
export {};
