import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS, type TErrorCode } from "@/lib/errors";

/** The JSON error shape of every route handler: { error: { code, message, fields? } }. */
export function jsonError(code: TErrorCode, message: string, fields?: Record<string, string>, extra?: Record<string, unknown>) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}), ...extra } }, { status: HTTP_STATUS[code] });
}

/** Expected errors become their JSON answer; anything else is logged with a request id, never leaked. */
export function jsonFromUnknown(e: unknown) {
  if (e instanceof AppError) return jsonError(e.code, e.message, e.fields);
  const requestId = crypto.randomUUID();
  console.error(`[${requestId}]`, e);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again.", requestId } },
    { status: 500 },
  );
}
