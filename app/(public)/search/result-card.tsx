import Link from "next/link";
import { FactMark } from "@/components/provider/fact-mark";
import { SaveButton } from "@/components/shortlist/save-button";
import { formatDate } from "@/components/provider/format";
import { UNCLAIMED_INJECTIONS_NOTE } from "@/lib/content/listing";
import { DEMO_PROVIDER_LABEL } from "@/lib/content/medical";
import type { TSearchResult } from "@/lib/search/types";
import { NPPES_UNCLAIMED_LABEL } from "@/lib/nppes/listing";
import { INSURANCE_NAMES, INSURANCE_REPORTED_NOTE, type TInsurancePlan } from "@/lib/providers/insurance";
import { LANGUAGE_NAMES, type TLanguageCode } from "@/lib/providers/languages";
import { BOARD_NAMES, SPECIALTY_NAMES } from "@/lib/providers/format";
import styles from "./search.module.css";

export type TListedResult = TSearchResult & { why: string[] };

const GUIDANCE_WORDS = { EMG: "EMG", ULTRASOUND: "ultrasound", NONE: "no imaging" } as const;

function Stars({ rating, count }: { rating: number | null; count: number }) {
  if (rating === null || count === 0) return <span className={styles.muted}>No reviews yet</span>;
  return (
    <span>
      <span aria-hidden="true" className={styles.star}>★</span> {rating.toFixed(1)}
      <span className="visually-hidden"> out of 5</span> ({count} review{count === 1 ? "" : "s"})
    </span>
  );
}

export function ResultCard({ r, headingId }: { r: TListedResult; headingId: string }) {
  return (
    <>
      <div className={styles.cardHead}>
        <h3 id={headingId} className={styles.cardTitle}>
          <Link href={r.profileUrl}>{r.name}</Link>
        </h3>
        {r.distanceMiles !== null ? <span className={styles.distance}>{r.distanceMiles.toFixed(1)} mi</span> : null}
      </div>
      <p className={styles.practice}>
        {r.practiceName} · {r.city}, {r.state}
        {r.isUnclaimedImport ? (
          <>
            {" "}
            <FactMark kind="public" date={null} text={NPPES_UNCLAIMED_LABEL} />
          </>
        ) : null}
        {r.isDemo ? (
          <>
            {" "}
            <span className="badge badge--demo">{DEMO_PROVIDER_LABEL}</span>
          </>
        ) : null}
      </p>
      {r.lastConfirmedAt ? (
        <p className={styles.muted}>
          {r.isUnclaimedImport ? "NPI registry record updated" : "Details last confirmed by the practice"} {formatDate(r.lastConfirmedAt)}
        </p>
      ) : null}
      <ul className={styles.badges} aria-label="Board certifications">
        {r.boards.length === 0 ? (
          <li className={styles.muted}>
            {r.registeredSpecialty ? <FactMark kind="public" date={null} text={`Registered specialty: ${r.registeredSpecialty} (NPI registry, not board certification)`} /> : "No board certification listed"}
          </li>
        ) : null}
        {r.boards.map((b, i) => (
          <li key={i}>
            <FactMark
              kind={b.verification === "verified" ? "verified" : "reported"}
              date={b.verification === "verified" ? b.verifiedAt : r.lastConfirmedAt}
              title={BOARD_NAMES[b.board]}
            >
              {b.board === "OTHER" ? BOARD_NAMES.OTHER : b.board} · {SPECIALTY_NAMES[b.specialty]}
              {b.subspecialty ? ` (${SPECIALTY_NAMES[b.subspecialty]})` : ""}
            </FactMark>
          </li>
        ))}
      </ul>
      <dl className={styles.facts}>
        <div>
          <dt>Experience</dt>
          <dd>
            {r.yearsInjecting !== null ? `${r.yearsInjecting} yrs injecting the neck` : "Years not reported"}
            {r.yearlyVolume !== null ? ` · ~${r.yearlyVolume} neck procedures/yr` : ""}
            {r.guidance.length && !r.guidance.includes("NONE") ? ` · ${r.guidance.map((g) => GUIDANCE_WORDS[g]).join(" + ")} guidance` : ""}
            {r.cervicalDystoniaFocus ? " · treats cervical dystonia" : ""}
            <span className={styles.muted}> (reported by the practice)</span>
          </dd>
        </div>
        {r.medicareEvidence ? (
          <div>
            <dt>Medicare claims</dt>
            <dd>
              {r.medicareEvidence.patients !== null ? `At least ${r.medicareEvidence.patients} patients` : "Patients"}
              {r.medicareEvidence.visits !== null ? `, ${r.medicareEvidence.visits} visits` : ""} with neck injections in{" "}
              {r.medicareEvidence.year}{" "}
              <FactMark kind="public" date={null} text={`from public Medicare data, ${r.medicareEvidence.year}`} />
              <span className={styles.muted}> (Medicare Part B patients only)</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Reviews</dt>
          <dd>
            <Stars rating={r.averageRating} count={r.reviewCount} />
          </dd>
        </div>
        <div>
          <dt>Consultations</dt>
          <dd>
            {r.isUnclaimedImport ? (
              `Not confirmed by the practice yet: call to ask about new patients and referrals. ${UNCLAIMED_INJECTIONS_NOTE}`
            ) : (
              <>
                {r.acceptingNewPatients ? "Accepting new patients" : "Not accepting new patients"}
                {r.telehealth ? " · Telehealth" : ""}
                {r.referralNeeded ? " · Referral needed" : " · No referral needed"}
              </>
            )}
          </dd>
        </div>
        {r.languages ? (
          <div>
            <dt>Languages</dt>
            <dd>
              {r.languages.map((code) => LANGUAGE_NAMES[code as TLanguageCode] ?? code).join(", ")}
              <span className={styles.muted}> (doctor or staff)</span>
            </dd>
          </div>
        ) : null}
        {r.insurance ? (
          <div>
            <dt>Insurance</dt>
            <dd>
              {r.insurance.map((report) =>
                report.source === "care-compare" ? (
                  <span key={report.source} className={styles.insuranceReport}>
                    Accepts Medicare assignment{" "}
                    <FactMark kind="public" date={null} text={`Medicare Care Compare${report.confirmedAt ? `, ${formatDate(report.confirmedAt)}` : ""}`} />
                  </span>
                ) : (
                  <span key={report.source} className={styles.insuranceReport}>
                    {report.plans.map((p) => INSURANCE_NAMES[p as TInsurancePlan] ?? p).join(", ")}
                    <span className={styles.muted}>
                      {" "}
                      ({INSURANCE_REPORTED_NOTE.replace(/\.$/, "")}
                      {report.confirmedAt ? `; confirmed ${formatDate(report.confirmedAt)}` : ""})
                    </span>
                  </span>
                ),
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className={styles.matched}>
        <span className={styles.matchedLabel}>Why it matched:</span> {r.why.join("; ")}.
      </div>
      <p className={styles.cardActions}>
        <SaveButton id={r.id} name={r.name} />
        <Link href={r.profileUrl}>View profile<span className="visually-hidden"> of {r.name}</span></Link>
        <Link href={`/checklist?provider=${r.id}`}>
          Prepare for your consultation<span className="visually-hidden"> with {r.name}</span>
        </Link>
      </p>
    </>
  );
}
