import Link from "next/link";
import styles from "@/components/reviews/reviews.module.css";
import type { TAdminSection } from "../admin-shell";

export const REVIEWS_SECTION: TAdminSection = "/admin/reviews";
export const RECOMMENDATIONS_SECTION: TAdminSection = "/admin/recommendations";

type TQueue = "reviews" | "replies" | "recommendations";

/** Tabs between the review-related queues, with what is waiting in each. */
export function QueueNav({ current, counts }: { current: TQueue; counts: Record<TQueue, number> }) {
  const tabs: Array<{ q: TQueue; href: string; label: string }> = [
    { q: "reviews", href: "/admin/reviews", label: "Reviews" },
    { q: "replies", href: "/admin/reviews/replies", label: "Provider replies" },
    { q: "recommendations", href: "/admin/recommendations", label: "Recommendations" },
  ];
  return (
    <nav aria-label="Review queues">
      <ul className={styles.tabs}>
        {tabs.map((t) => (
          <li key={t.q}>
            <Link href={t.href} aria-current={t.q === current ? "page" : undefined}>
              {t.label} ({counts[t.q].toLocaleString("en-US")} waiting)
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** ?provider=<id> of a queue page, or undefined. */
export function providerFilter(params: Record<string, string | string[] | undefined>): number | undefined {
  const text = typeof params.provider === "string" ? params.provider.trim() : "";
  return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/** A GET form narrowing a queue to one provider (by id), e.g. while checking a burst of reviews. */
export function ProviderFilter({
  path,
  providerId,
  label,
}: {
  path: string;
  providerId?: number;
  label: string;
}) {
  return (
    <form method="get" action={path} className={styles.filterForm}>
      <div className="field">
        <label htmlFor="provider-filter">Provider id</label>
        <input
          id="provider-filter"
          name="provider"
          type="text"
          inputMode="numeric"
          defaultValue={providerId ? String(providerId) : ""}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {label}
      </button>
      {providerId ? <Link href={path}>Show all providers</Link> : null}
    </form>
  );
}
