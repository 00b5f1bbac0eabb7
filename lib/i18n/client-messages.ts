// The messages sent to the browser with every page: only the namespaces client components read
// (useTranslations in a "use client" file). Server components read every namespace on the server
// without sending it. Add a namespace here when a client component needs it.
import { MESSAGES, type TMessages } from "./messages";
import type { TLocale } from "./routing";

export const CLIENT_NAMESPACES = ["common", "shortlist", "ui"] as const satisfies ReadonlyArray<keyof TMessages>;

export function clientMessages(locale: TLocale): Pick<TMessages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, all[ns]])) as Pick<
    TMessages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
