import type { Metadata } from "next";
import { TrustPage } from "@/components/trust/trust-page";
import { DELETION_DAYS } from "@/lib/content/retention";
import { contactFormStamp } from "@/lib/data/contact-messages";
import { ownEntry } from "@/lib/forms";
import { CONTACT_TOPICS, type TContactTopic } from "@/lib/validation/contact";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = {
  title: "Contact the moderators",
  description:
    "Write to the NeckCare Finder moderators: a question, a listing, or a request to delete your data.",
};

export default async function ContactPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const asked = (await searchParams).topic;
  // ?topic=delete preselects the deletion request (the link in e-mailed copies); anything else is ignored.
  const topic = ownEntry(CONTACT_TOPICS, asked) ? (asked as TContactTopic) : null;
  return (
    <TrustPage
      title="Contact the moderators"
      updated="2026-12-03"
      current="/contact"
      lead="Our moderators keep the directory correct: they check listings, reviews and reports, and handle requests about your data."
    >
      <ul>
        <li>
          <strong>Medical questions</strong> belong with your doctor: we are a directory and cannot give
          medical advice. In an emergency, call 911.
        </li>
        <li>
          <strong>To reach a doctor</strong>, use “Request a consultation” on their profile, or call the
          practice.
        </li>
        <li>
          <strong>Wrong information on a listing?</strong> “Report incorrect information” on the profile
          reaches the same moderators, with the listing attached.
        </li>
        <li>
          <strong>To delete your data</strong>, choose “Delete my data”: a moderator carries it out within{" "}
          {DELETION_DAYS} days.
        </li>
      </ul>
      <h2>Write to us</h2>
      <ContactForm stamp={contactFormStamp()} topic={topic} />
    </TrustPage>
  );
}
