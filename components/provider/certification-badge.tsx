import type { TProfileCertification } from "@/lib/data/profiles";
import { SPECIALTY_NAMES } from "@/lib/providers/format";
import { boardLabel, formatDate, VERIFICATION_METHOD_LABELS } from "./format";
import styles from "./provider.module.css";

/** "Verified" or "Self-reported": the two must never look alike (colour, border, icon and words differ). */
export function VerificationBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <span className="badge badge--verified" data-verification="verified">
      <span aria-hidden="true">✓</span> Verified
    </span>
  ) : (
    <span className="badge badge--self" data-verification="self-reported">
      Self-reported
    </span>
  );
}

/** One board certification: board, specialty, year, and who checked it when and against what. */
export function CertificationItem({ c }: { c: TProfileCertification }) {
  const how =
    c.verificationSource || (c.verificationMethod ? VERIFICATION_METHOD_LABELS[c.verificationMethod] : null);
  return (
    <div className={`${styles.cert} ${c.verified ? styles.certVerified : styles.certSelf}`}>
      <div className={styles.certHead}>
        <p className={styles.certTitle}>
          {SPECIALTY_NAMES[c.specialty]}
          {c.subspecialty ? (
            <span className={styles.certSub}>, subspecialty {SPECIALTY_NAMES[c.subspecialty]}</span>
          ) : null}
        </p>
        <VerificationBadge verified={c.verified} />
      </div>
      <p className={styles.certBoard}>
        {boardLabel(c.board, c.boardName)}
        {c.year ? ` · certified ${c.year}` : " · year not given"}
      </p>
      <p className={styles.certCheck}>
        {c.verified
          ? `Verified by a moderator${c.verifiedAt ? ` on ${formatDate(c.verifiedAt)}` : ""}${how ? ` against ${how}` : ""}.`
          : "Reported by the provider. A moderator has not checked it against the board yet."}
      </p>
    </div>
  );
}
