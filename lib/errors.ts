export type TErrorCode = "INVALID" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "RATE_LIMITED";

export const HTTP_STATUS: Record<TErrorCode, number> = {
  INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** An expected error: its message is safe and meant for the user. */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: TErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = fields;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Maps Prisma's known request errors to AppError codes (P2002 unique, P2025 missing row). */
export function fromPrismaError(e: unknown): AppError | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "P2002") return new AppError("CONFLICT", "That record already exists.");
  if (code === "P2025") return new AppError("NOT_FOUND", "That record no longer exists.");
  return undefined;
}
