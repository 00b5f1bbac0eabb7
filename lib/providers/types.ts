// Shapes of a provider's public profile that components render, in a neutral module: the data layer
// (lib/data/profiles.ts) builds them; components import them from here, never from lib/data.
import type { Board, Specialty, VerificationMethod } from "@/lib/generated/prisma/enums";

export type TProfileCertification = {
  id: number;
  board: Board;
  /** The board's own name when board is OTHER. */
  boardName: string | null;
  specialty: Specialty;
  subspecialty: Specialty | null;
  year: number | null;
  /** Rejected claims are not shown at all (as in search): a moderator found them wrong. */
  verified: boolean;
  verifiedAt: string | null;
  verificationMethod: VerificationMethod | null;
  verificationSource: string | null;
};
