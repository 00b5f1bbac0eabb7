import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS, type TErrorCode } from "@/lib/errors";

/**
 * A JSON answer before it becomes a response: route handlers turn it into a NextResponse
 * (toResponse), and scripts/server.mjs writes the search API's answers itself (decision 0004).
 */
export type TJsonAnswer = { status: number; body: unknown; headers?: Record<string, string> };

/** The JSON error shape of every route handler: { error: { code, message, fields? } }. */
export function errorAnswer(code: TErrorCode, message: string, fields?: Record<string, string>, extra?: Record<string, unknown>): TJsonAnswer {
  return { status: HTTP_STATUS[code], body: { error: { code, message, ...(fields ? { fields } : {}), ...extra } } };
}

/** Expected errors become their JSON answer; anything else is logged with a request id, never leaked. */
export function answerFromUnknown(e: unknown): TJsonAnswer {
  if (e instanceof AppError) return errorAnswer(e.code, e.message, e.fields);
  const requestId = crypto.randomUUID();
  console.error(`[${requestId}]`, e);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again.", requestId } } };
}

export function toResponse(answer: TJsonAnswer): NextResponse {
  return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
}
