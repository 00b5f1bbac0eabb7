// The demo seed's languages, gender and insurance plans (prisma/seed/facts.ts): deterministic,
// valid for the filters, and plausible for where each fictional practice is.
import { describe, expect, it } from "vitest";
import { INSURANCE_SLUGS } from "@/lib/providers/insurance";
import { LANGUAGE_CODES, languageCode } from "@/lib/providers/languages";
import { generateDemoData } from "@/prisma/seed/generate";
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from "@/prisma/seed/names";

const { providers } = generateDemoData(3000);
const share = (list: typeof providers, test: (p: (typeof providers)[number]) => boolean) =>
  list.filter(test).length / list.length;
const inMetros = (names: string[]) => providers.filter((p) => p.metro !== null && names.includes(p.metro));

describe("demo providers' languages, gender and plans", () => {
  it("are the same on every run", () => {
    const again = generateDemoData(300).providers.map((p) => [
      p.languages,
      p.languagesOther,
      p.gender,
      p.insurancePlans,
    ]);
    expect(
      providers.slice(0, 300).map((p) => [p.languages, p.languagesOther, p.gender, p.insurancePlans]),
    ).toEqual(again);
  });

  it("use only the lists' codes and slugs; typed languages are ones the list does not know", () => {
    for (const p of providers) {
      for (const c of p.languages) expect(LANGUAGE_CODES).toContain(c);
      for (const t of p.languagesOther) expect(languageCode(t)).toBeNull();
      for (const s of p.insurancePlans) expect(INSURANCE_SLUGS).toContain(s);
      expect(p.languages.length).toBeGreaterThan(0);
      expect(p.languages).toEqual(LANGUAGE_CODES.filter((c) => p.languages.includes(c)));
      expect(p.insuranceConfirmedAt === null).toBe(p.insurancePlans.length === 0);
    }
    expect(providers.some((p) => p.languagesOther.length > 0)).toBe(true);
  });

  it("follow where the practice is: Spanish in Miami and San Antonio, Arabic in Detroit, Kaiser only in its states", () => {
    const spanish = (p: (typeof providers)[number]) => p.languages.includes("es");
    expect(share(providers, (p) => p.languages.includes("en"))).toBeGreaterThan(0.97);
    expect(share(inMetros(["Miami", "San Antonio"]), spanish)).toBeGreaterThan(0.35);
    expect(share(inMetros(["Minneapolis", "Pittsburgh", "Boise"]), spanish)).toBeLessThan(0.15);
    expect(share(inMetros(["Detroit"]), (p) => p.languages.includes("ar"))).toBeGreaterThan(0.05);
    expect(share(inMetros(["Chicago", "Boston"]), (p) => p.languages.includes("ar"))).toBeLessThan(0.06);
    const kaiser = providers.filter((p) => p.insurancePlans.includes("kaiser"));
    expect(kaiser.length).toBeGreaterThan(20);
    for (const p of kaiser)
      expect(["CA", "OR", "WA", "CO", "GA", "HI", "MD", "VA", "DC"]).toContain(p.locations[0]!.state);
    expect(share(providers, (p) => p.insurancePlans.includes("medicare"))).toBeGreaterThan(0.7);
    expect(
      share(inMetros(["San Antonio", "Virginia Beach", "San Diego"]), (p) =>
        p.insurancePlans.includes("tricare"),
      ),
    ).toBeGreaterThan(
      share(inMetros(["Chicago", "Boston", "Denver"]), (p) => p.insurancePlans.includes("tricare")) + 0.2,
    );
  });

  it("state a gender for most, roughly balanced, fitting the fictional first name", () => {
    expect(share(providers, (p) => p.gender === null)).toBeGreaterThan(0.05);
    expect(share(providers, (p) => p.gender === null)).toBeLessThan(0.2);
    expect(share(providers, (p) => p.gender === "FEMALE")).toBeGreaterThan(0.35);
    expect(share(providers, (p) => p.gender === "MALE")).toBeGreaterThan(0.35);
    for (const p of providers) {
      if (FEMALE_FIRST_NAMES.has(p.firstName)) expect(p.gender).not.toBe("MALE");
      if (MALE_FIRST_NAMES.has(p.firstName)) expect(p.gender).not.toBe("FEMALE");
    }
  });
});
