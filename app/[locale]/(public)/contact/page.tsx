import { alternatesFor } from "@/lib/i18n/metadata";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrustPage } from "@/components/trust/trust-page";
import { DELETION_DAYS } from "@/lib/content/retention";
import { contactFormStamp } from "@/lib/data/contact-messages";
import { ownEntry } from "@/lib/forms";
import { clientMessages } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import { localeOrDefault } from "@/lib/i18n/routing";
import { CONTACT_TOPICS, type TContactTopic } from "@/lib/validation/contact";
import { ContactForm } from "./contact-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "trust" });
  return { title: t("pages.contact"), description: t("contact.description"), alternates: alternatesFor("/contact", locale) };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "trust.contact" });
  const pages = await getTranslations({ locale, namespace: "trust.pages" });
  const asked = (await searchParams).topic;
  // ?topic=delete preselects the deletion request (the link in e-mailed copies); anything else is ignored.
  const topic = ownEntry(CONTACT_TOPICS, asked) ? (asked as TContactTopic) : null;
  return (
    <TrustPage title={pages("contact")} updated="2026-12-03" current="/contact" lead={t("lead")}>
      <ul>
        <li>{t.rich("medical", { strong })}</li>
        <li>{t.rich("doctor", { strong })}</li>
        <li>{t.rich("wrong", { strong })}</li>
        <li>{t.rich("delete", { strong, days: DELETION_DAYS })}</li>
      </ul>
      <h2>{t("writeTitle")}</h2>
      {/* The form's words (and its checks' errors) go to the browser on this page only, not with every page. */}
      <NextIntlClientProvider messages={{ ...clientMessages(locale), contactForm: MESSAGES[locale].contactForm }}>
        <ContactForm stamp={contactFormStamp()} topic={topic} />
      </NextIntlClientProvider>
    </TrustPage>
  );
}
