// Location-level filters (accepting new patients, telehealth, no referral needed) belong to a
// practice location, not to the provider. For each provider the search computes, over its
// locations inside the radius, a bit mask of the combinations present: bit (a*4 + t*2 + n) where
// a = accepting, t = telehealth, n = no referral needed. A provider matches a set of location
// filters when any present combination satisfies all of them, i.e. (mask & matchMask(filters)) <> 0.
export type TLocationFilters = { accepting?: boolean; telehealth?: boolean; noReferral?: boolean };

/** The location-level filters of a search. */
export function locationFilters(q: TLocationFilters): TLocationFilters {
  return { accepting: q.accepting, telehealth: q.telehealth, noReferral: q.noReferral };
}

export function comboBit(accepting: boolean, telehealth: boolean, noReferral: boolean): number {
  return 1 << ((accepting ? 4 : 0) + (telehealth ? 2 : 0) + (noReferral ? 1 : 0));
}

/** The mask of all combinations that satisfy the filters (255 = no location filter). */
export function matchMask(f: TLocationFilters): number {
  let mask = 0;
  for (let c = 0; c < 8; c++) {
    const a = (c & 4) !== 0;
    const t = (c & 2) !== 0;
    const n = (c & 1) !== 0;
    if ((!f.accepting || a) && (!f.telehealth || t) && (!f.noReferral || n)) mask |= 1 << c;
  }
  return mask;
}
