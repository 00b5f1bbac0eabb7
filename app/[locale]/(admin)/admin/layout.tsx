import type { Metadata } from "next";

// Metadata only. The role check is NOT here: every page and action under /admin checks it itself
// (guard.ts), because a layout neither re-runs on every navigation nor guards server actions.
export const metadata: Metadata = {
  title: { default: "Moderation", template: "%s · Moderation · NeckCare Finder" },
  robots: { index: false, follow: false },
};

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return children;
}
