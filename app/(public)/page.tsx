import Link from "next/link";
import { LocationSearchForm } from "@/components/location-search-form";
import { LABEL_STATUS_NOTICE } from "@/lib/content/medical";
import { SELECTION_STEPS } from "@/lib/content/steps";

export default function HomePage() {
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>Find a qualified doctor for botulinum toxin injections in the neck</h1>
          <p className="lead">
            NeckCare Finder lists neurologists, pain medicine and physical medicine &amp; rehabilitation doctors
            who inject botulinum toxin (“Botox”) in the neck. Compare verified board certifications, experience
            and moderated patient reviews, then prepare your questions for the first consultation.
          </p>
          <LocationSearchForm />
        </div>
      </section>

      <section className="section" aria-labelledby="steps-title">
        <div className="container">
          <h2 id="steps-title">Five steps to choosing a doctor</h2>
          <p className="muted">Every search filter follows these steps from our patient guide.</p>
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
          <div className="card">
            <h2 id="know-title">Good to know</h2>
            <p>{LABEL_STATUS_NOTICE}</p>
            <p>
              Effects usually begin within days, peak around two weeks and last about three to four months.
              Ask your doctor what to expect for you, and bring our{" "}
              <Link href="/checklist">consultation checklist</Link>.
            </p>
          </div>
        </div>
      </section>
    </>
  );
}
