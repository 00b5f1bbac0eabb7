import type { Metadata } from "next";
import Link from "next/link";
import { getComparison } from "@/lib/data/compare";
import { CLAIMS_CAVEAT } from "@/lib/cms/evidence";
import { ZCompareIds } from "@/lib/validation/compare";
import { CompareTable } from "./compare-table";
import { PrintButton } from "./print-button";
import { SavedShortlist } from "./saved-shortlist";
import styles from "./compare.module.css";

export const metadata: Metadata = { title: "Compare doctors", robots: { index: false } };

type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * /compare?ids=1,2,3: up to four doctors side by side, from the shortlist kept in this browser or a
 * shared link. Without ids it offers the saved shortlist.
 */
export default async function ComparePage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const raw = (await searchParams).ids;
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (text === undefined || text.trim() === "") {
    return (
      <div className="container section">
        <h1>Compare doctors</h1>
        <SavedShortlist />
      </div>
    );
  }
  const parsed = ZCompareIds.safeParse(text);
  if (!parsed.success) {
    return (
      <div className="container section">
        <h1>Compare doctors</h1>
        <div className="alert alert--error" role="alert">
          <p>{parsed.error.issues[0]?.message ?? "This comparison link is not valid."}</p>
        </div>
        <SavedShortlist />
      </div>
    );
  }
  const { found, missing } = await getComparison({ ids: parsed.data });
  return (
    <div className={`container section ${styles.page}`}>
      <h1>Compare {found.length === 1 ? "a doctor" : `${found.length} doctors`}</h1>
      <p className={styles.intro}>
        One row a fact, under the five steps of our guide. Each fact says where it comes from: checked by a
        moderator, reported by the practice, or public records, with its date. Rows where the doctors differ
        are marked ≠.
      </p>
      {missing.length ? (
        <p className="alert alert--info" role="status">
          {missing.length === 1 ? "One doctor in this link is" : `${missing.length} doctors in this link are`}{" "}
          no longer listed.
        </p>
      ) : null}
      {found.length ? <CompareTable doctors={found} /> : <SavedShortlist />}
      <p className={styles.notes}>Medicare claims: {CLAIMS_CAVEAT}</p>
      <div className={styles.toolbar}>
        <PrintButton />
        <Link href="/search">Back to the search</Link>
      </div>
    </div>
  );
}
