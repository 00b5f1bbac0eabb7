import { useLocale, useTranslations } from "next-intl";
import type { TProfileCertification } from "@/lib/providers/types";
import { BOARD_NAMES } from "@/lib/providers/format";
import { FactMark } from "./fact-mark";
import { formatDate } from "./format";
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
  const t = useTranslations("profile");
  const locale = useLocale();
  // What the moderator checked it against: their own words (English), or the method's name.
  const how = c.verificationSource ? (
    <span lang="en">{c.verificationSource}</span>
  ) : c.verificationMethod ? (
    t(`certification.methods.${c.verificationMethod}`)
  ) : null;
  // Board names are proper names (kept in English); "other" boards are named as the practice wrote them.
  const board =
    c.board === "OTHER" ? (
      c.boardName ? (
        <span data-provider-text>{c.boardName}</span>
      ) : (
        t("certification.otherBoard")
      )
    ) : (
      <span lang="en">{`${BOARD_NAMES[c.board]} (${c.board})`}</span>
    );
  return (
    <div className={`${styles.cert} ${c.verified ? styles.certVerified : styles.certSelf}`}>
      <div className={styles.certHead}>
        <p className={styles.certTitle}>
          {t(`names.specialty.${c.specialty}`)}
          {c.subspecialty ? (
            <span className={styles.certSub}>
              {t("certification.subspecialty", { name: t(`names.specialty.${c.subspecialty}`) })}
            </span>
          ) : null}
        </p>
        {c.verified ? (
          <FactMark kind="verified" date={c.verifiedAt} />
        ) : (
          <FactMark kind="reported" date={practiceConfirmedAt} />
        )}
      </div>
      <p className={styles.certBoard}>
        {board}
        {c.year ? t("certification.certified", { year: String(c.year) }) : t("certification.noYear")}
      </p>
      <p className={styles.certCheck}>
        {c.verified ? (
          <>
            {t("certification.verified")}
            {c.verifiedAt ? t("certification.verifiedOn", { date: formatDate(c.verifiedAt, locale) }) : ""}
            {how ? (
              <>
                {t("certification.verifiedAgainst")}
                {how}
              </>
            ) : null}
            .
          </>
        ) : (
          t("certification.reported")
        )}
      </p>
    </div>
  );
}
