import Link from "next/link";
import { LocationMap } from "@/components/provider/location-map";
import type { TCareCompareFacts } from "@/lib/data/medicare-evidence";
import type { TProfileLocation, TPublicProfile } from "@/lib/data/profiles";
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
        <ConsultForm
          providerId={p.id}
          providerName={p.name}
          isDemo={p.source === "DEMO"}
          locations={p.locations.map((l) => ({
            id: l.id,
            label: `${l.practiceName}, ${l.city}, ${l.state}`,
          }))}
        />
      </section>
    </StepSection>
  );
}
