// The fixed mix of searches fired by `npm run bench:search`: deterministic, so runs compare.
import { METROS } from "../../prisma/seed/metros";
import { FIRST_NAMES, LAST_NAMES } from "../../prisma/seed/names";
import { createRandom } from "../../prisma/seed/random";
import { pickZip, weightedZips } from "./load-providers";

export const MIX = 500;
export const NAME_MIX = 200;

/** A name as a patient types it: a last name, sometimes with the first name, sometimes misspelt. */
function nameQuery(r: ReturnType<typeof createRandom>): string {
  let last = r.pick(LAST_NAMES);
  if (r.chance(0.3) && last.length > 4) {
    const at = r.int(1, last.length - 2);
    last = last.slice(0, at) + last.slice(at + 1); // a letter left out: "Fostr"
  }
  return r.chance(0.3) ? `${r.pick(FIRST_NAMES)} ${last}` : last;
}

/** Name searches without a place (the whole country), sorted by how well the name matches. */
export function nameMix(): string[] {
  const r = createRandom(11);
  return Array.from({ length: NAME_MIX }, () => {
    const p = new URLSearchParams({ q: nameQuery(r) });
    if (r.chance(0.15)) p.set("insurance", "medicare");
    if (r.chance(0.1)) p.set("language", "es");
    return `/api/providers?${p.toString()}`;
  });
}

/**
 * Places weighted like the providers (people search where people live): 80% ZIP codes, 10%
 * "lat,lng" of metro centres, 10% "City, ST". Radii 5-100 miles (25 most often), each filter on
 * now and then, a few other sorts and later pages. Another `seed` gives another mix of the same kind.
 */
export function searchMix(seed = 7): string[] {
  const r = createRandom(seed);
  const w = weightedZips();
  const pickWeighted = <T,>(items: Array<[T, number]>) => r.weighted(items, (x) => x[1])[0];
  const urls: string[] = [];
  for (let i = 0; i < MIX; i++) {
    const p = new URLSearchParams();
    const kind = r.next();
    if (kind < 0.8) p.set("near", pickZip(r, w).zip);
    else if (kind < 0.9) {
      const m = r.pick(METROS.filter((x) => !x.name.includes(" ME")));
      p.set("near", `${m.lat.toFixed(4)},${m.lng.toFixed(4)}`);
    } else p.set("near", r.pick(["Boston, MA", "Chicago, IL", "Houston, TX", "Seattle, WA", "Denver, CO", "Atlanta, GA", "Phoenix, AZ", "Miami, FL"]));
    p.set("radius", String(pickWeighted<number>([[5, 10], [10, 20], [25, 40], [50, 20], [100, 10]])));
    if (r.chance(0.2)) p.set("board", r.subset(["neurology", "pain-medicine", "pmr"], 0.5).join(",") || "neurology");
    if (r.chance(0.15)) p.set("verified", "1");
    if (r.chance(0.12)) p.set("minYears", String(r.pick([1, 3, 5, 10, 15])));
    if (r.chance(0.1)) p.set("minVolume", String(r.pick([25, 50, 100, 200, 500])));
    if (r.chance(0.12)) p.set("guidance", r.pick(["emg", "ultrasound", "emg,ultrasound"]));
    if (r.chance(0.1)) p.set("recommended", "1");
    if (r.chance(0.1)) p.set("noReferral", "1");
    if (r.chance(0.12)) p.set("minRating", String(r.pick([3, 3.5, 4, 4.5])));
    if (r.chance(0.08)) p.set("minReviews", String(r.pick([1, 5, 10, 25])));
    if (r.chance(0.2)) p.set("accepting", "1");
    if (r.chance(0.1)) p.set("telehealth", "1");
    // The newer filters, as patients combine them (lib/search/filters.ts).
    if (r.chance(0.12)) p.set("language", r.pick(["es", "es", "es", "zh", "vi", "ru", "ar", "ko", "tl", "fr", "es,zh"]));
    if (r.chance(0.1)) p.set("gender", r.pick(["female", "male"]));
    if (r.chance(0.12)) p.set("insurance", r.pick(["medicare", "medicare", "medicaid", "aetna", "bcbs", "unitedhealthcare", "medicare,medicaid", "tricare"]));
    if (r.chance(0.08)) p.set("focus", "cervical-dystonia");
    if (r.chance(0.06)) p.set("q", nameQuery(r));
    const sort = r.next();
    if (sort > 0.7) p.set("sort", sort > 0.85 ? "rating" : "experience");
    const page = r.next();
    if (page > 0.85) p.set("page", page > 0.95 ? "3" : "2");
    urls.push(`/api/providers?${p.toString()}`);
  }
  return urls;
}

