import type { Metadata } from "next";

export const checklistMetadata: Metadata = {
  title: "Consultation checklist",
  description:
    "Prepare for your first consultation about botulinum toxin injections in the neck: choose your questions, add your own, print them or save them as a PDF.",
};
