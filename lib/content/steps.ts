// The patient guide's five selection steps (shared/seed guide, "Finding a Qualified Doctor"), with
// one line each on why the step matters (shared/DOMAIN.md). Used by the home page, the search
// filters and the profile page, so the wording stays the same everywhere. The medical claims in
// these lines are the sourced statements of medical.ts, quoted, not new wording.
import { STATEMENTS } from "./medical";

export const SELECTION_STEPS = [
  {
    id: "referrals",
    number: 1,
    title: "Seek referrals and recommendations",
    why: "Clinicians who treat neck conditions know whose patients do well; some practices also need a referral before a first visit.",
  },
  {
    id: "credentials",
    number: 2,
    title: "Check certifications and credentials",
    why: `${STATEMENTS.boardCertification.text} We show which ones a moderator verified.`,
  },
  {
    id: "experience",
    number: 3,
    title: "Consider experience and expertise",
    why: `Injecting neck muscles takes practice. ${STATEMENTS.guidance.text} Years and yearly figures are reported by the practices; Medicare claims, where shown, are public data (Medicare patients only).`,
  },
  {
    id: "reviews",
    number: 4,
    title: "Read patient testimonials and reviews",
    why: "Patients describe communication, follow-up and how the practice runs. Reviews here are e-mail confirmed and moderated.",
  },
  {
    id: "consultation",
    number: 5,
    title: "Schedule a consultation",
    why: "A first visit is where you and the doctor decide together whether treatment fits you.",
  },
] as const;

export type TStepId = (typeof SELECTION_STEPS)[number]["id"];
