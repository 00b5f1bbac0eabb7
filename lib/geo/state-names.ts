import type { TLocale } from "@/lib/i18n/routing";
import { US_STATES } from "./states";

// States' and territories' names as a Spanish reader knows them (issue 19): the usual Spanish names
// where there is one ("Nueva York", "Carolina del Norte"), the English name otherwise ("Ohio").
const SPANISH: Record<string, string> = {
  DC: "Distrito de Columbia",
  HI: "Hawái",
  LA: "Luisiana",
  MS: "Misisipi",
  MO: "Misuri",
  NH: "Nuevo Hampshire",
  NJ: "Nueva Jersey",
  NM: "Nuevo México",
  NY: "Nueva York",
  NC: "Carolina del Norte",
  ND: "Dakota del Norte",
  OR: "Oregón",
  PA: "Pensilvania",
  SC: "Carolina del Sur",
  SD: "Dakota del Sur",
  WV: "Virginia Occidental",
  VI: "Islas Vírgenes",
  AS: "Samoa Americana",
  MP: "Islas Marianas del Norte",
};

/** A two-letter code's state name in `locale`; undefined for an unknown code. */
export function stateName(code: string, locale: TLocale): string | undefined {
  return (locale === "es" ? SPANISH[code] : undefined) ?? US_STATES[code];
}
