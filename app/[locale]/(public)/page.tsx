import type { Metadata } from "next";
import { alternatesFor } from "@/lib/i18n/metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocationSearchForm } from "@/components/location-search-form";
import { SourceList, SourceNames, Statement } from "@/components/medical/statement";
import { listingFor } from "@/lib/content/listing";
import { medicalFor, type TStatementId } from "@/lib/content/medical";
import { stepsFor } from "@/lib/content/steps";
import { Link } from "@/lib/i18n/navigation";
import { localeOrDefault } from "@/lib/i18n/routing";

// "Good to know": benefits and risks side by side, the evidence both ways (issue 12). Every sentence
// here is a sourced statement of lib/content/medical.ts.
const EVIDENCE: TStatementId[] = ["evidenceDystonia", "evidenceNeckPain"];
const EXPECT: TStatementId[] = ["timing", "retreatment", "products"];
const RISKS: TStatementId[] = ["commonSideEffects"];
const SHOWN = [...EVIDENCE, ...EXPECT, ...RISKS, "alternatives"] as const;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { alternates: alternatesFor("/", localeOrDefault((await params).locale)) };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "trust.home" });
  const { STATEMENTS, URGENT_BOX } = medicalFor(locale);
  const { DIRECTORY_PROMISE, UNCLAIMED_SCOPE_NOTE } = listingFor(locale);
  const { SELECTION_STEPS } = stepsFor(locale);
  const sources = [...SHOWN.flatMap((id) => STATEMENTS[id].sources), ...URGENT_BOX.sources];
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t("title")}</h1>
          <p className="lead">{t("lead", { promise: DIRECTORY_PROMISE })}</p>
          <p className="muted">{UNCLAIMED_SCOPE_NOTE}</p>
          <LocationSearchForm />
        </div>
      </section>

      <section className="section" aria-labelledby="steps-title">
        <div className="container">
          <h2 id="steps-title">{t("stepsTitle")}</h2>
          <p className="muted">{t("stepsIntro")}</p>
          <ol className="steps">
            {SELECTION_STEPS.map((step) => (
              <li key={step.id}>
                <span className="step-number" aria-hidden="true">
                  {step.number}
                </span>
                <h3>{step.title}</h3>
                <p className="muted">{step.why}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section className="section" aria-labelledby="know-title">
        <div className="container">
          <div className="card good-to-know">
            <h2 id="know-title">{t("knowTitle")}</h2>
            <div className="good-to-know__grid">
              <section aria-labelledby="know-evidence">
                <h3 id="know-evidence">{t("evidence")}</h3>
                {EVIDENCE.map((id) => (
                  <Statement key={id} id={id} />
                ))}
                <Statement id="alternatives" />
              </section>
              <section aria-labelledby="know-expect">
                <h3 id="know-expect">{t("expect")}</h3>
                {EXPECT.map((id) => (
                  <Statement key={id} id={id} />
                ))}
              </section>
              <section aria-labelledby="know-risks">
                <h3 id="know-risks">{t("risks")}</h3>
                {RISKS.map((id) => (
                  <Statement key={id} id={id} />
                ))}
                <div className="urgent-box" role="note" aria-label={t("urgent")}>
                  <p>
                    <strong>{URGENT_BOX.title}</strong> {URGENT_BOX.intro}
                  </p>
                  <ul>
                    {URGENT_BOX.symptoms.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                  {URGENT_BOX.actions.map((a) => (
                    <p key={a}>
                      <strong>{a}</strong>
                    </p>
                  ))}
                  <p>
                    <SourceNames ids={URGENT_BOX.sources} />
                  </p>
                </div>
              </section>
            </div>
            <p>{t.rich("closing", { link: (chunks) => <Link href="/checklist">{chunks}</Link> })}</p>
            <SourceList ids={sources} headingId="know-sources" />
          </div>
        </div>
      </section>
    </>
  );
}
