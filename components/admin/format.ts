// Moderation screens show times in UTC, labelled, so two moderators in different time zones who
// compare an audit entry see the same clock.
const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
  hourCycle: "h23",
});
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(d: Date | null | undefined): string {
  return d ? `${dateTime.format(d)} UTC` : "—";
}

export function formatDate(d: Date | null | undefined): string {
  return d ? date.format(d) : "—";
}

/** An enum value as words: "BOARD_ONLINE_LOOKUP" -> "Board online lookup". */
export function words(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");
}
