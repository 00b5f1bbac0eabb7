const STYLE: Record<string, string> = {
  PUBLISHED: "badge badge--verified",
  VERIFIED: "badge badge--verified",
  APPROVED: "badge badge--verified",
  RESOLVED: "badge badge--verified",
  DELIVERED: "badge badge--verified",
  SUSPENDED: "badge badge--demo",
  REJECTED: "badge badge--demo",
  SPAM: "badge badge--demo",
  UNVERIFIED: "badge badge--self",
};

/** A status word as a badge; the word itself carries the meaning, the colour only repeats it. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={STYLE[status] ?? "badge"}>
      {status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, " ")}
    </span>
  );
}
