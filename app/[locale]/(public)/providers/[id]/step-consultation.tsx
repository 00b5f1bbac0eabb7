import { useLocale, useTranslations } from "next-intl";
import { LocationMap } from "@/components/provider/location-map";
import type { TCareCompareFacts } from "@/lib/data/medicare-evidence";
import type { TProfileLocation, TPublicProfile } from "@/lib/data/profiles";
import { consultFor } from "@/lib/content/consult";
import { env } from "@/lib/env";
import { directionsUrl } from "@/lib/geo/directions";
import { Link } from "@/lib/i18n/navigation";
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
  const t = useTranslations("profile.consultation");
  const place = `${l.practiceName}, ${l.street1}, ${l.city}, ${l.state}`;
  const directions = directionsUrl(
    { latitude: l.latitude, longitude: l.longitude, address: `${l.street1}, ${l.city}, ${l.state} ${l.zip}` },
    env().DIRECTIONS_URL_TEMPLATE,
  );
  return (
    <li className={styles.location}>
      <div>
        <h3 className={styles.locationName}>
          <span data-provider-text>{l.practiceName}</span>
          {l.isPrimary ? <span className={styles.primary}>{t("mainLocation")}</span> : null}
        </h3>
        <address className={styles.address} data-provider-text>
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
              {t("phone")}
              <a href={telHref(l.phone)}>{l.phone}</a>
            </>
          ) : (
            <span className={styles.muted}>{t("noPhone")}</span>
          )}
        </p>
        {directions ? (
          <p className={styles.phone}>
            <a href={directions} target="_blank" rel="noopener noreferrer">
              {t("directions")}
              <span className="visually-hidden">{t("directionsTo", { place: l.practiceName })}</span>
            </a>
          </p>
        ) : null}
        {unconfirmed ? (
          <p className={styles.muted}>{t("unconfirmed")}</p>
        ) : (
          <ul className={styles.options} aria-label={t("options", { name: l.practiceName })}>
            <li data-on={l.acceptingNewPatients}>{l.acceptingNewPatients ? t("accepting") : t("notAccepting")}</li>
            <li data-on={l.inPersonConsults}>{l.inPersonConsults ? t("inPerson") : t("noInPerson")}</li>
            <li data-on={l.telehealthConsults}>{l.telehealthConsults ? t("telehealth") : t("noTelehealth")}</li>
            <li data-on={!l.referralRequired}>{l.referralRequired ? t("referral") : t("noReferral")}</li>
          </ul>
        )}
      </div>
      <div className={styles.locationMap}>
        {l.latitude !== null && l.longitude !== null ? (
          <LocationMap latitude={l.latitude} longitude={l.longitude} label={place} />
        ) : (
          <p className={styles.muted}>{t("noMap")}</p>
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
  const t = useTranslations("profile.consultation");
  const { NOT_ACCEPTING_TEXT, replyTimeText, UNCLAIMED_CONSULT_TEXT } = consultFor(useLocale());
  if (isUnclaimedImport(p)) {
    return <p data-testid="no-consult-form">{UNCLAIMED_CONSULT_TEXT}</p>;
  }
  const accepting = p.locations.filter((l) => l.acceptingNewPatients);
  if (accepting.length === 0) {
    return (
      <div className={styles.notAccepting} data-testid="no-consult-form">
        <p>
          <strong>{p.locations.length ? NOT_ACCEPTING_TEXT : t("noLocation")}</strong>
        </p>
        <p>
          <Link href={similarDoctorsHref(p)}>{t("similar")}</Link>
        </p>
      </div>
    );
  }
  const closed = p.locations.filter((l) => !l.acceptingNewPatients);
  return (
    <>
      {closed.length ? (
        <p className={styles.muted}>
          {t("closed")}{" "}
          <span data-provider-text>{closed.map((l) => `${l.practiceName}, ${l.city}, ${l.state}`).join("; ")}</span>.
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
  const t = useTranslations("profile.consultation");
  return (
    <StepSection id="consultation">
      {p.locations.length === 0 ? <p>{t("noLocation")}</p> : null}
      <ul className={styles.locations} aria-label={t("locations")}>
        {p.locations.map((l) => (
          <LocationCard key={l.id} l={l} unconfirmed={isUnclaimedImport(p)} />
        ))}
      </ul>
      {careCompare ? <CareCompareConsultation facts={careCompare} profile={p} /> : null}
      <InsurancePlans profile={p} />
      <div className={styles.prepare}>
        <p>{t("bring")}</p>
        <Link className="button button--secondary" href={`/checklist?provider=${p.id}`}>
          {t("prepare")}
        </Link>
      </div>
      <section
        id="request"
        aria-labelledby="request-title"
        className={`card ${styles.requestCard}`}
        tabIndex={-1}
      >
        <h3 id="request-title" className={styles.requestTitle}>
          {t("request")}
        </h3>
        <RequestConsultation profile={p} />
      </section>
    </StepSection>
  );
}
