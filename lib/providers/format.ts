import type { Board, Specialty } from "@/lib/generated/prisma/enums";

export function displayName(p: { firstName: string; lastName: string; credential: string; suffix?: string | null }): string {
  const name = [p.firstName, p.lastName, p.suffix].filter(Boolean).join(" ");
  return p.credential ? `${name}, ${p.credential}` : name;
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** /providers/123-jane-doe-md: the id decides, the slug is for people and search engines. */
export function profileUrl(p: { id: number; firstName: string; lastName: string; credential: string }): string {
  return `/providers/${p.id}-${slugify(`${p.firstName} ${p.lastName} ${p.credential}`)}`;
}

export const BOARD_NAMES: Record<Board, string> = {
  ABPN: "American Board of Psychiatry and Neurology",
  ABPMR: "American Board of Physical Medicine and Rehabilitation",
  ABA: "American Board of Anesthesiology",
  AOBNP: "American Osteopathic Board of Neurology and Psychiatry",
  AOBPMR: "American Osteopathic Board of Physical Medicine and Rehabilitation",
  OTHER: "Other board",
};

export const SPECIALTY_NAMES: Record<Specialty, string> = {
  NEUROLOGY: "Neurology",
  PAIN_MEDICINE: "Pain medicine",
  PMR: "Physical medicine & rehabilitation",
  NEUROMUSCULAR_MEDICINE: "Neuromuscular medicine",
  CLINICAL_NEUROPHYSIOLOGY: "Clinical neurophysiology",
  ANESTHESIOLOGY: "Anesthesiology",
  OTHER: "Other",
};

export function formatMiles(miles: number): string {
  return `${(Math.round(miles * 10) / 10).toFixed(1)} mi`;
}
