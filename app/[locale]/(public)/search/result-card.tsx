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
      <span aria-hidden="true" className={styles.star}>
        ★
      </span>{" "}
      {rating.toFixed(1)}
      <span className="visually-hidden"> out of 5</span> ({count} review{count === 1 ? "" : "s"})
    </span>
  );
}

/**
 * One result, compact: the whole card opens the profile (the name is the one link, stretched over the
 * card), "Save" is its one other tab stop; the facts of the five steps, each with its mark.
 */
export function ResultCard({ r, headingId }: { r: TListedResult; headingId: string }) {
  const ev = r.medicareEvidence;
  const practiceReport = r.insurance?.find((x) => x.source === "practice");
  const assignment = r.insurance?.find((x) => x.source === "care-compare");
  return (
    <>
      <div className={styles.cardHead}>
        <h3 id={headingId} className={styles.cardTitle}>
          <Link href={r.profileUrl} className={styles.cardLink}>
            {r.name}
          </Link>
        </h3>
        {r.distanceMiles !== null ? (
          <span className={styles.distance}>{r.distanceMiles.toFixed(1)} mi</span>
        ) : null}
      </div>
      <p className={styles.practice}>
        {r.practiceName} · {r.city}, {r.state}
        {r.isDemo ? (
          <>
            {" "}
            <span className="badge badge--demo">{DEMO_PROVIDER_LABEL}</span>
          </>
        ) : null}
        {r.isUnclaimedImport ? (
          <>
            {" "}
            <FactMark kind="public" date={null} text={NPPES_UNCLAIMED_LABEL} />
          </>
        ) : null}
        {r.lastConfirmedAt ? (
          <span className={styles.confirmed}>
            {" "}
            · {r.isUnclaimedImport
              ? "NPI registry record updated"
              : "Details last confirmed by the practice"}{" "}
            {formatDate(r.lastConfirmedAt)}
          </span>
        ) : null}
      </p>
      {r.isUnclaimedImport ? <p className={styles.muted}>{UNCLAIMED_INJECTIONS_NOTE}</p> : null}
      <ul className={styles.badges} aria-label="Board certifications">
        {r.boards.length === 0 ? (
          <li className={styles.muted}>
            {r.registeredSpecialty ? (
              <FactMark
                kind="public"
                date={null}
                text={`Registered specialty: ${r.registeredSpecialty} (NPI registry, not board certification)`}
              />
            ) : (
              "No board certification listed"
            )}
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
            {r.guidance.length && !r.guidance.includes("NONE")
              ? ` · ${r.guidance.map((g) => GUIDANCE_WORDS[g]).join(" + ")} guidance`
              : ""}
            {r.cervicalDystoniaFocus ? " · treats cervical dystonia" : ""}
            <span className={styles.muted}> (reported by the practice)</span>
          </dd>
        </div>
        {ev ? (
          <div>
            <dt>Medicare claims</dt>
            <dd>
              {ev.patients !== null ? `At least ${ev.patients} patients` : "Patients"}
              {ev.visits !== null ? `, ${ev.visits} visits` : ""} with neck injections in {ev.year}{" "}
              <FactMark kind="public" date={null} text={`from public Medicare data, ${ev.year}`} />
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
              "Not confirmed by the practice yet: call to ask about new patients and referrals"
            ) : (
              <>
                {r.acceptingNewPatients ? "Accepting new patients" : "Not accepting new patients"}
                {r.telehealth ? " · Telehealth" : ""}
                {r.referralNeeded ? " · Referral needed" : " · No referral needed"}
              </>
            )}
            {r.languages ? (
              <span className={styles.factLine}>
                Languages:{" "}
                {r.languages.map((code) => LANGUAGE_NAMES[code as TLanguageCode] ?? code).join(", ")}
                <span className={styles.muted}> (doctor or staff)</span>
              </span>
            ) : null}
            {practiceReport ? (
              <span className={styles.factLine}>
                Insurance:{" "}
                {practiceReport.plans.map((p) => INSURANCE_NAMES[p as TInsurancePlan] ?? p).join(", ")}
                <span className={styles.muted}>
                  {" "}
                  ({INSURANCE_REPORTED_NOTE.replace(/\.$/, "")}
                  {practiceReport.confirmedAt ? `; confirmed ${formatDate(practiceReport.confirmedAt)}` : ""})
                </span>
              </span>
            ) : null}
            {assignment ? (
              <span className={styles.factLine}>
                Accepts Medicare assignment{" "}
                <FactMark
                  kind="public"
                  date={null}
                  text={`Medicare Care Compare${assignment.confirmedAt ? `, ${formatDate(assignment.confirmedAt)}` : ""}`}
                />
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      <p className={styles.matched}>
        <span className={styles.matchedLabel}>Why it matched:</span> {r.why.join("; ")}.
      </p>
      <div className={styles.cardActions}>
        <SaveButton id={r.id} name={r.name} />
      </div>
    </>
  );
}
