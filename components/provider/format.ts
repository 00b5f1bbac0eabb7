import type { Board, Guidance, ToxinProduct, VerificationMethod } from "@/lib/generated/prisma/enums";
import { FDA_APPROVED_PRODUCTS } from "@/lib/content/medical";
import { BOARD_NAMES } from "@/lib/providers/format";

// Wording shared by the profile's pieces. Dates are shown in UTC so the server and the browser print
// the same day (a moderator's "verified on" must not shift with the reader's time zone).

const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

export function boardLabel(board: Board, boardName: string | null): string {
  if (board === "OTHER") return boardName || BOARD_NAMES.OTHER;
  return `${BOARD_NAMES[board]} (${board})`;
}

export const VERIFICATION_METHOD_LABELS: Record<VerificationMethod, string> = {
  BOARD_ONLINE_LOOKUP: "the board's online certification lookup",
  ABMS_CERTIFICATION_MATTERS: "ABMS Certification Matters",
  AOA_PROFILE: "the AOA physician profile",
  CERTIFICATE_DOCUMENT: "a copy of the certificate",
  PHONE_CALL_TO_BOARD: "a phone call to the board",
  OTHER: "another source",
};

export function guidanceText(guidance: Guidance[]): string | null {
  const used = guidance.filter((g) => g !== "NONE");
  if (used.length === 0) return guidance.includes("NONE") ? "No imaging guidance" : null;
  const words = used.map((g) => (g === "EMG" ? "EMG (electromyography)" : "ultrasound"));
  const text = words.join(" and ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} guidance`;
}

export function productText(product: ToxinProduct): string {
  const p = FDA_APPROVED_PRODUCTS.find((x) => x.product === product);
  return p ? `${p.brand} (${p.generic})` : product;
}
