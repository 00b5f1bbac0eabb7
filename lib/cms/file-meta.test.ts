// A claims file's year decides which year of evidence it replaces: it must come from the file's
// name or the person running the import, never be guessed.
import { describe, expect, it } from "vitest";
import { dataYearFromName, dateFromName, sniffDelimiter } from "./file-meta";

describe("the data year in a claims file's name", () => {
  it("is read from the names CMS has used", () => {
    expect(
      dataYearFromName("Medicare_Physician_Other_Practitioners_by_Provider_and_Service_2021.csv"),
    ).toEqual({
      year: 2021,
    });
    expect(dataYearFromName("/data/MUP_PHY_R23_P05_V10_D21_Prov_Svc.csv")).toEqual({ year: 2021 });
    expect(dataYearFromName("Medicare_Provider_Util_Payment_PUF_CY2012.zip")).toEqual({ year: 2012 });
    expect(dataYearFromName("mup_phy_puf_2012_toxin_related_codes.tsv")).toEqual({ year: 2012 });
  });

  it("is refused when the name has none, or two different years", () => {
    expect(dataYearFromName("claims.csv")).toEqual({ problem: "its name has no year" });
    expect(dataYearFromName("claims_2021_saved_2023.csv")).toEqual({
      problem: "its name has more than one year (2021, 2023)",
    });
    // A ZIP code or an NPI is not a year.
    expect(dataYearFromName("npi_1003000126.csv")).toEqual({ problem: "its name has no year" });
  });
});

describe("the date in a clinicians file's name", () => {
  it("is read when the name carries a real date", () => {
    expect(dateFromName("DAC_NationalDownloadableFile_2024-05-01.csv")).toBe("2024-05-01");
    expect(dateFromName("dac_20210913.zip")).toBe("2021-09-13");
  });

  it("is null for a year alone or an impossible date", () => {
    expect(dateFromName("dac_national_downloadable_file_2021_sample.csv")).toBeNull();
    expect(dateFromName("dac_2021-02-30.csv")).toBeNull();
    expect(dateFromName("dac_2021-0501.csv")).toBeNull();
  });
});

describe("the delimiter", () => {
  it("is a tab for the 2012 layout and a comma otherwise", () => {
    expect(sniffDelimiter(Buffer.from("npi\tnppes_provider_last_org_name\tcity, state\n1\t2"))).toBe("\t");
    expect(sniffDelimiter(Buffer.from('Rndrng_NPI,HCPCS_Cd,HCPCS_Desc\n1,"a\tb"'))).toBe(",");
  });
});
