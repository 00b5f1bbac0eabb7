import Link from "next/link";
import { LocationMap } from "@/components/provider/location-map";
import type { TCareCompareFacts } from "@/lib/data/medicare-evidence";
import type { TProfileLocation, TPublicProfile } from "@/lib/data/profiles";
import { NOT_ACCEPTING_TEXT, replyTimeText, UNCLAIMED_CONSULT_TEXT } from "@/lib/content/consult";
import { env } from "@/lib/env";
import { directionsUrl } from "@/lib/geo/directions";
import { isUnclaimedImport } from "@/lib/nppes/listing";
import { CareCompareConsultation } from "./care-compare";
import { ConsultForm } from "./consult-form";
import { InsurancePlans } from "./profile-facts";
import styles from "./profile.module.css";
import { StepSection } from "./step-section";

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

function LocationCard({ l, unconfirmed }: { l: TProfileLocation; unconfirmed: boolean }) {
  const place = `${l.practiceName}, ${l.street1}, ${l.city}, ${l.state}`;
  const directions = directionsUrl(
    { latitude: l.latitude, longitude: l.longitude, address: `${l.street1}, ${l.city}, ${l.state} ${l.zip}` },
    env().DIRECTIONS_URL_TEMPLATE,
  );
  return (
    <li className={styles.location}>
      <div>
        <h3 className={styles.locationName}>
          {l.practiceName}
          {l.isPrimary ? <span className={styles.primary}> · main location</span> : null}
        </h3>
        <address className={styles.address}>
          {l.street1}
          <br />
          {l.street2 ? (
            <>
              {l.street2}
              <br />
            </>
          ) : null}
          {l.city}, {l.state} {l.zip4 ? `${l.zip}-${l.zip4}` : l.zip}
        </address>
        <p className={styles.phone}>
          {l.phone ? (
            <>
              Phone: <a href={telHref(l.phone)}>{l.phone}</a>
            </>
          ) : (
            <span className={styles.muted}>No phone number listed</span>
          )}
        </p>
        {directions ? (
          <p className={styles.phone}>
            <a href={directions} target="_blank" rel="noopener noreferrer">
              Directions<span className="visually-hidden"> to {l.practiceName} (opens in a new tab)</span>
            </a>
          </p>
        ) : null}
        {unconfirmed ? (
          <p className={styles.muted}>
            Not confirmed by the practice: the public NPI registry does not say whether it accepts new
            patients, offers telehealth or needs a referral. Call to ask.
          </p>
        ) : (
          <ul className={styles.options} aria-label={`Consultation options at ${l.practiceName}`}>
            <li data-on={l.acceptingNewPatients}>
              {l.acceptingNewPatients ? "Accepting new patients" : "Not accepting new patients"}
            </li>
            <li data-on={l.inPersonConsults}>
              {l.inPersonConsults ? "In-person consultations" : "No in-person consultations"}
            </li>
            <li data-on={l.telehealthConsults}>
              {l.telehealthConsults ? "Telehealth consultations" : "No telehealth"}
            </li>
            <li data-on={!l.referralRequired}>
              {l.referralRequired ? "Referral needed" : "No referral needed"}
            </li>
          </ul>
        )}
      </div>
      <div className={styles.locationMap}>
        {l.latitude !== null && l.longitude !== null ? (
          <LocationMap latitude={l.latitude} longitude={l.longitude} label={place} />
        ) : (
          <p className={styles.muted}>No map position for this address.</p>
        )}
      </div>
    </li>
  );
}

const BOARD_PARAM: Partial<Record<string, string>> = {
  NEUROLOGY: "neurology",
  PAIN_MEDICINE: "pain-medicine",
  PMR: "pmr",
};

/**
 * Doctors like this one near its main location who are accepting new patients: the search with the
 * same board areas (when the profile lists any) and `accepting=1`.
 */
function similarDoctorsHref(p: TPublicProfile): string {
  const params = new URLSearchParams();
  const place = p.locations[0];
  if (place) params.set("near", place.zip);
  const boards = [
    ...new Set(
      p.certifications
        .flatMap((c) => [c.specialty, c.subspecialty])
        .flatMap((s) => (s && BOARD_PARAM[s]) || []),
    ),
  ];
  if (boards.length) params.set("board", boards.join(","));
  params.set("accepting", "1");
  return `/search?${params.toString()}`;
}

/** The request form, or why there is none and where to turn instead. */
function RequestConsultation({ profile: p }: { profile: TPublicProfile }) {
  if (isUnclaimedImport(p)) {
    return <p data-testid="no-consult-form">{UNCLAIMED_CONSULT_TEXT}</p>;
  }
  const accepting = p.locations.filter((l) => l.acceptingNewPatients);
  if (accepting.length === 0) {
    return (
      <div className={styles.notAccepting} data-testid="no-consult-form">
        <p>
          <strong>{p.locations.length ? NOT_ACCEPTING_TEXT : "No practice location is listed."}</strong>
        </p>
        <p>
          <Link href={similarDoctorsHref(p)}>See similar doctors nearby who are accepting new patients</Link>
        </p>
      </div>
    );
  }
  const closed = p.locations.filter((l) => !l.acceptingNewPatients);
  return (
    <>
      {closed.length ? (
        <p className={styles.muted}>
          Not accepting new patients, so not offered here:{" "}
          {closed.map((l) => `${l.practiceName}, ${l.city}, ${l.state}`).join("; ")}.
        </p>
      ) : null}
      <p className={styles.muted}>{replyTimeText(p.consultReplyDays)}</p>
      <ConsultForm
        providerId={p.id}
        providerName={p.name}
        isDemo={p.source === "DEMO"}
        locations={accepting.map((l) => ({
          id: l.id,
          label: `${l.practiceName}, ${l.city}, ${l.state}`,
          referralRequired: l.referralRequired,
        }))}
      />
    </>
  );
}

/** Step 5: where and how to be seen, the request form, and the checklist to prepare. */
export function StepConsultation({
  profile: p,
  careCompare,
}: {
  profile: TPublicProfile;
  careCompare: TCareCompareFacts | null;
}) {
  return (
    <StepSection id="consultation">
      {p.locations.length === 0 ? <p>No practice location is listed.</p> : null}
      <ul className={styles.locations} aria-label="Practice locations">
        {p.locations.map((l) => (
          <LocationCard key={l.id} l={l} unconfirmed={isUnclaimedImport(p)} />
        ))}
      </ul>
      {careCompare ? <CareCompareConsultation facts={careCompare} profile={p} /> : null}
      <InsurancePlans profile={p} />
      <div className={styles.prepare}>
        <p>
          Bring your questions to the first visit: which product and dose, how you will judge whether it
          works, which side effects to report at once.
        </p>
        <Link className="button button--secondary" href={`/checklist?provider=${p.id}`}>
          Prepare for your consultation
        </Link>
      </div>
      <section
        id="request"
        aria-labelledby="request-title"
        className={`card ${styles.requestCard}`}
        tabIndex={-1}
      >
        <h3 id="request-title" className={styles.requestTitle}>
          Request a consultation
        </h3>
        <RequestConsultation profile={p} />
      </section>
    </StepSection>
  );
}
