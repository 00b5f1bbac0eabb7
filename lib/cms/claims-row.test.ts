// The rules a claims row must pass before it becomes evidence on a doctor's profile: suppression,
// units, and the codes' years.
import { describe, expect, it } from "vitest";
import { mapClaimsHeader } from "./claims-columns";
import { parseClaim, type TClaimFields } from "./claims-row";
import { cmsCode } from "./codes";

// A real 2012 row (shared/data/cms/mup_phy_puf_2012_toxin_related_codes.tsv): a neurologist's J0585.
const J0585_2012: TClaimFields = {
  npi: "1003074584",
  place: "O",
  services: "10140",
  beneficiaries: "31",
  beneficiaryDays: "35",
};
const parse = (f: Partial<TClaimFields>, code = "J0585", year = 2012) =>
  parseClaim({ ...J0585_2012, ...f }, cmsCode(code)!, year, 7);

describe("a claims row", () => {
  it("keeps a toxin row's services as drug units, not visits", () => {
    expect(parse({})).toEqual({
      kind: "record",
      record: {
        line: 7,
        npi: "1003074584",
        hcpcs: "J0585",
        placeOfService: "O",
        beneficiaries: 31,
        services: 10140,
        beneficiaryDays: 35,
      },
    });
  });

  it("accepts fractional services (drug units) and counts written as decimals", () => {
    const r = parse({ services: "12.5", beneficiaries: "11.0", beneficiaryDays: "14" });
    expect(r).toMatchObject({ kind: "record", record: { services: 12.5, beneficiaries: 11 } });
  });

  it("is rejected under 11 beneficiaries: CMS never publishes such a row", () => {
    expect(parse({ beneficiaries: "10" })).toEqual({
      kind: "rejected",
      npi: "1003074584",
      reason: "10 beneficiaries: CMS suppresses rows under 11, so this is not a published row",
    });
  });

  it("is rejected with a reason for a bad NPI, place or count", () => {
    expect(parse({ npi: "1003074585" })).toMatchObject({ reason: '"1003074585" is not a valid NPI' });
    expect(parse({ npi: "ABC" })).toMatchObject({ reason: '"ABC" is not a valid NPI' });
    expect(parse({ place: "X" })).toMatchObject({ reason: expect.stringContaining('"X" is neither F') });
    expect(parse({ services: "many" })).toMatchObject({ reason: 'services "many" is not a number' });
    expect(parse({ beneficiaries: "" })).toMatchObject({ reason: 'beneficiaries "" is not a whole number' });
    expect(parse({ beneficiaryDays: "3.5" })).toMatchObject({
      reason: 'beneficiary-days "3.5" is not a whole number',
    });
  });

  it("keeps 64613 before 2014 and rejects it after; 64616 the other way round", () => {
    expect(parse({}, "64613", 2013).kind).toBe("record");
    expect(parse({}, "64613", 2014)).toMatchObject({
      kind: "rejected",
      reason: expect.stringContaining("replaced by 64616"),
    });
    expect(parse({}, "64616", 2014).kind).toBe("record");
    expect(parse({}, "64616", 2013)).toMatchObject({
      kind: "rejected",
      reason: expect.stringContaining("before 2014"),
    });
  });
});

describe("the claims file's header", () => {
  const current =
    "Rndrng_NPI,Rndrng_Prvdr_Last_Org_Name,Rndrng_Prvdr_First_Name,Rndrng_Prvdr_MI,Rndrng_Prvdr_Crdntls,Rndrng_Prvdr_Gndr,Rndrng_Prvdr_Ent_Cd,Rndrng_Prvdr_St1,Rndrng_Prvdr_St2,Rndrng_Prvdr_City,Rndrng_Prvdr_State_Abrvtn,Rndrng_Prvdr_State_FIPS,Rndrng_Prvdr_Zip5,Rndrng_Prvdr_RUCA,Rndrng_Prvdr_RUCA_Desc,Rndrng_Prvdr_Cntry,Rndrng_Prvdr_Type,Rndrng_Prvdr_Mdcr_Prtcptg_Ind,HCPCS_Cd,HCPCS_Desc,HCPCS_Drug_Ind,Place_Of_Srvc,Tot_Benes,Tot_Srvcs,Tot_Bene_Day_Srvcs,Avg_Sbmtd_Chrg,Avg_Mdcr_Alowd_Amt,Avg_Mdcr_Pymt_Amt,Avg_Mdcr_Stdzd_Amt".split(
      ",",
    );

  it("is read by name in the current layout, the 2012 layout and a 2013-2016 variant", () => {
    const h = mapClaimsHeader(current, ",");
    expect(h.layout).toBe("current (29 columns, comma-separated)");
    expect(h.slotOf[0]).toBe(0);
    expect(h.slotOf[18]).toBe(1);
    expect(h.slotOf[22]).toBe(3);
    const h2012 = mapClaimsHeader(
      "npi nppes_provider_last_org_name place_of_service hcpcs_code line_srvc_cnt bene_unique_cnt bene_day_srvc_cnt stdev_Medicare_payment_amt".split(
        " ",
      ),
      "\t",
    );
    expect(h2012.layout).toBe("2012 original (8 columns, tab-separated)");
    expect([...h2012.slotOf]).toEqual([0, -1, 2, 1, 4, 3, 5, -1]);
    const h2014 = mapClaimsHeader(
      "NPI NPPES_PROVIDER_LAST_ORG_NAME PLACE_OF_SERVICE HCPCS_CODE HCPCS_DRUG_INDICATOR LINE_SRVC_CNT BENE_UNIQUE_CNT BENE_DAY_SRVC_CNT".split(
        " ",
      ),
      "\t",
    );
    expect(h2014.layout).toMatch(/^2013-2016 original/);
    expect([...h2014.slotOf]).toEqual([0, -1, 2, 1, -1, 4, 3, 5]);
  });

  it("is refused, naming what is missing, when it is another file", () => {
    expect(() => mapClaimsHeader(["NPI", "Ind_PAC_ID", "lst_nm"], ",")).toThrow(
      /Not a "Medicare Physician & Other Practitioners - by Provider and Service" file this import can read: the header has no "HCPCS_Cd" or "hcpcs_code", "Place_Of_Srvc" or "place_of_service", "Tot_Benes" or "bene_unique_cnt" and 2 more columns\./,
    );
    expect(() => mapClaimsHeader(["1003000126", "ENKESHAFI"], ",")).toThrow(/no header line/);
  });
});
