import Link from "next/link";
import { FactMark } from "@/components/provider/fact-mark";
import { SaveButton } from "@/components/shortlist/save-button";
import { formatDate } from "@/components/provider/format";
import { UNCLAIMED_INJECTIONS_NOTE } from "@/lib/content/listing";
import { DEMO_PROVIDER_LABEL } from "@/lib/content/medical";
import type { TPublicProfile } from "@/lib/data/profiles";
import { SPECIALTY_NAMES } from "@/lib/providers/format";
import { LanguageAndGenderRows } from "./profile-facts";
import styles from "./profile.module.css";

const YEAR_MS = 365 * 86_400_000;

/** Name, what kind of listing this is (demo, registry import), when it was last confirmed, and the main actions. */
export function ProfileHeader({ profile: p }: { profile: TPublicProfile }) {
  const primary = p.locations[0];
  const specialties = [
    ...new Set(p.certifications.flatMap((c) => [c.specialty, ...(c.subspecialty ? [c.subspecialty] : [])])),
  ].map((s) => SPECIALTY_NAMES[s]);
  const unclaimedImport = p.source === "NPPES_IMPORT" && !p.claimed;
  // The page is cached (ISR), so render time is not request time; the page asks to be rendered
  // again when this turns true (tagProfilePage in page.tsx), so the remark is never late.
  // eslint-disable-next-line react-hooks/purity
  const stale = p.lastConfirmedAt !== null && Date.now() - new Date(p.lastConfirmedAt).getTime() > YEAR_MS;

  return (
    <header className={`card ${styles.header}`}>
      {p.source === "DEMO" ? (
        <p className={styles.flags}>
          <span className="badge badge--demo">{DEMO_PROVIDER_LABEL}</span>
        </p>
      ) : null}
      <h1 className={styles.name}>{p.name}</h1>
      {specialties.length ? <p className={styles.specialties}>{specialties.join(" · ")}</p> : null}
      {primary ? (
        <p className={styles.practice}>
          {primary.practiceName} · {primary.city}, {primary.state}
          {p.locations.length > 1 ? ` · ${p.locations.length} locations` : ""}
        </p>
      ) : null}

      {unclaimedImport ? (
        <p className="alert alert--info">
          <strong>From the public NPI registry, not yet claimed by the provider.</strong>{" "}
          {UNCLAIMED_INJECTIONS_NOTE} The name, address and registered specialty come from the federal NPPES
          registry; the doctor has not confirmed or added anything yet.{" "}
          <Link href={`/providers/${p.id}/claim`}>Is this you? Claim this listing</Link>
        </p>
      ) : null}
      <dl className={styles.meta}>
        <div>
          {/* An unclaimed import's date is the registry's, not a confirmation by the practice. */}
          <dt>{unclaimedImport ? "NPI registry record last updated" : "Last confirmed"}</dt>
          <dd>
            {p.lastConfirmedAt ? (
              <>
                <time dateTime={p.lastConfirmedAt}>{formatDate(p.lastConfirmedAt)}</time>
                {stale ? " (over a year ago: please call the practice to check the details)" : ""}
                {unclaimedImport ? (
                  <>
                    {" "}
                    <FactMark kind="public" source="NPI registry" date={null} />
                  </>
                ) : null}
              </>
            ) : (
              "Not yet confirmed by the practice"
            )}
          </dd>
        </div>
        <div>
          <dt>NPI</dt>
          <dd>{p.npi}</dd>
        </div>
        <LanguageAndGenderRows profile={p} />
      </dl>
      {p.bio ? <p className={styles.bio}>{p.bio}</p> : null}

      <div className={styles.actions}>
        <a className="button" href="#request">
          Request a consultation
        </a>
        <Link className="button button--secondary" href={`/checklist?provider=${p.id}`}>
          Prepare for your consultation
        </Link>
        <SaveButton id={p.id} name={p.name} className="button button--secondary" />
        <a className={styles.reportLink} href="#report-form">
          Report incorrect information
        </a>
      </div>
    </header>
  );
}
