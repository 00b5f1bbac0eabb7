import type { TProfileCertification } from "@/lib/providers/types";
import { SPECIALTY_NAMES } from "@/lib/providers/format";
import { FactMark } from "./fact-mark";
import { boardLabel, formatDate, VERIFICATION_METHOD_LABELS } from "./format";
import styles from "./provider.module.css";

/**
 * One board certification: board, specialty, year, and its mark: verified (who checked it, when and
 * against what) or reported by the practice (dated by the practice's last confirmation).
 */
export function CertificationItem({
  c,
  practiceConfirmedAt,
}: {
  c: TProfileCertification;
  /** When the practice last confirmed its details: the date of a reported certification. */
  practiceConfirmedAt: string | null;
}) {
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
        {c.verified ? (
          <FactMark kind="verified" date={c.verifiedAt} />
        ) : (
          <FactMark kind="reported" date={practiceConfirmedAt} />
        )}
      </div>
      <p className={styles.certBoard}>
        {boardLabel(c.board, c.boardName)}
        {c.year ? ` · certified ${c.year}` : " · year not given"}
      </p>
      <p className={styles.certCheck}>
        {c.verified
          ? `Verified by a NeckCare Finder moderator${c.verifiedAt ? ` on ${formatDate(c.verifiedAt)}` : ""}${how ? ` against ${how}` : ""}.`
          : "Reported by the practice. A moderator has not checked it against the board yet."}
      </p>
    </div>
  );
}
