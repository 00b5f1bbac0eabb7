// Finding the current files on the pages that list them. These pages are the likeliest thing to
// change under us, so the parsers are held to the layouts CMS publishes and to clear messages.
import { describe, expect, it } from "vitest";
import {
  currentCliniciansFile,
  dataEndFromEntryName,
  isoDay,
  latestClaimsFile,
  latestMonthly,
  parseNppesIndex,
  weekliesAfter,
} from "./discover";

const PAGE = "https://download.cms.gov/nppes/NPI_Files.html";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Laid out like NPI_Files.html: relative links, V1 and V2 copies of each release, other files.
const HTML = `<html><body>
<p>Full Replacement Monthly NPI File:</p>
<a href="./NPPES_Data_Dissemination_October_2026.zip">October 2026 (V.1)</a>
<a href="./NPPES_Data_Dissemination_October_2026_V2.zip">October 2026 (V.2)</a>
<a href='NPPES_Data_Dissemination_November_2026.zip'>November 2026 (V.1)</a>
<a HREF="https://download.cms.gov/nppes/NPPES_Data_Dissemination_November_2026_V2.zip">November 2026 (V.2)</a>
<a href="./NPPES_Deactivated_NPI_Report_111026.zip">Deactivated</a>
<p>Weekly Incremental NPI Files:</p>
<a href="./NPPES_Data_Dissemination_111626_112226_Weekly_V2.zip">V.2</a>
<a href="./NPPES_Data_Dissemination_110226_110826_Weekly_V2.zip">V.2</a>
<a href="./NPPES_Data_Dissemination_110926_111526_Weekly.zip">V.1</a>
<a href="./NPPES_Data_Dissemination_110926_111526_Weekly_V2.zip">V.2</a>
<a href="./NPPESDataDisseminationReadme.pdf">Readme</a>
</body></html>`;

describe("parseNppesIndex", () => {
  const index = parseNppesIndex(HTML, PAGE);

  it("finds the monthly files, oldest first, the V2 copy of each, as absolute addresses", () => {
    expect(index.monthly).toEqual([
      {
        url: "https://download.cms.gov/nppes/NPPES_Data_Dissemination_October_2026_V2.zip",
        name: "NPPES_Data_Dissemination_October_2026_V2.zip",
        year: 2026,
        month: 10,
      },
      {
        url: "https://download.cms.gov/nppes/NPPES_Data_Dissemination_November_2026_V2.zip",
        name: "NPPES_Data_Dissemination_November_2026_V2.zip",
        year: 2026,
        month: 11,
      },
    ]);
    expect(latestMonthly(index, PAGE).name).toBe("NPPES_Data_Dissemination_November_2026_V2.zip");
  });

  it("finds the weekly files in date order with the days they cover", () => {
    expect(
      index.weekly.map((w) => [w.name, w.start.toISOString().slice(0, 10), w.end.toISOString().slice(0, 10)]),
    ).toEqual([
      ["NPPES_Data_Dissemination_110226_110826_Weekly_V2.zip", "2026-11-02", "2026-11-08"],
      ["NPPES_Data_Dissemination_110926_111526_Weekly_V2.zip", "2026-11-09", "2026-11-15"],
      ["NPPES_Data_Dissemination_111626_112226_Weekly_V2.zip", "2026-11-16", "2026-11-22"],
    ]);
  });

  it("applies only the weekly files that end after the monthly file's data", () => {
    expect(weekliesAfter(index, day("2026-11-08")).map((w) => w.name)).toEqual([
      "NPPES_Data_Dissemination_110926_111526_Weekly_V2.zip",
      "NPPES_Data_Dissemination_111626_112226_Weekly_V2.zip",
    ]);
    expect(weekliesAfter(index, day("2026-11-22"))).toEqual([]);
  });

  it("says so when the page links no monthly file", () => {
    expect(() => latestMonthly(parseNppesIndex("<a href='x.zip'>x</a>", PAGE), PAGE)).toThrow(
      `${PAGE} links no monthly NPPES file (NPPES_Data_Dissemination_<Month>_<Year>_V2.zip): has the page changed?`,
    );
  });
});

describe("dataEndFromEntryName", () => {
  it("reads the last day of data from the data file's name", () => {
    expect(dataEndFromEntryName("npidata_pfile_20050523-20261108.csv")).toEqual(day("2026-11-08"));
    expect(dataEndFromEntryName("npidata_pfile_20050523-20261108_fileheader.csv")).toBeNull();
    expect(dataEndFromEntryName("othername_pfile_20050523-20261108.csv")).toBeNull();
  });
});

const TITLE = "Medicare Physician & Other Practitioners - by Provider and Service";
const dist = (year: number, extra: Record<string, unknown> = {}) => ({
  "@type": "dcat:Distribution",
  downloadURL: `https://data.cms.gov/sites/default/files/${year + 2}-05/x/MUP_PHY_D${year % 100}_Prov_Svc.csv`,
  mediaType: "text/csv",
  title: `${TITLE} : ${year}-12-31`,
  temporal: `${year}-01-01/${year}-12-31`,
  ...extra,
});

describe("latestClaimsFile", () => {
  const catalog = {
    dataset: [
      { title: "Medicare Physician & Other Practitioners - by Provider", distribution: [dist(2030)] },
      {
        title: TITLE,
        distribution: [
          dist(2021),
          {
            "@type": "dcat:Distribution",
            format: "API",
            accessURL: "https://data.cms.gov/data-api/v1/dataset/abc/data",
            temporal: "2023-01-01/2023-12-31",
          },
          dist(2023),
          dist(2022, { temporal: undefined }),
        ],
      },
    ],
  };

  it("takes the latest year's CSV of the dataset with exactly that title", () => {
    expect(latestClaimsFile(catalog, TITLE, "catalog")).toEqual({
      url: "https://data.cms.gov/sites/default/files/2025-05/x/MUP_PHY_D23_Prov_Svc.csv",
      name: "MUP_PHY_D23_Prov_Svc.csv",
      year: 2023,
    });
  });

  it("reads the year from the title when the temporal range is missing", () => {
    const onlyTitles = { dataset: [{ title: TITLE, distribution: [dist(2022, { temporal: undefined })] }] };
    expect(latestClaimsFile(onlyTitles, TITLE, "catalog").year).toBe(2022);
  });

  it("says what is missing", () => {
    expect(() => latestClaimsFile({ nope: 1 }, TITLE, "catalog")).toThrow(
      'catalog is not a DCAT catalog (no "dataset" list).',
    );
    expect(() => latestClaimsFile({ dataset: [] }, TITLE, "catalog")).toThrow(
      `catalog lists no dataset titled "${TITLE}".`,
    );
    expect(() =>
      latestClaimsFile({ dataset: [{ title: TITLE, distribution: [] }] }, TITLE, "catalog"),
    ).toThrow("has no CSV download with a data year");
  });
});

describe("currentCliniciansFile", () => {
  const csv =
    "https://data.cms.gov/provider-data/sites/default/files/resources/abc/DAC_NationalDownloadableFile.csv";

  it("reads the download address with and without show-reference-ids", () => {
    const withIds = {
      modified: "2026-11-20",
      distribution: [{ identifier: "d1", data: { downloadURL: csv, mediaType: "text/csv" } }],
    };
    const plain = {
      distribution: [{ "@type": "dcat:Distribution", downloadURL: csv, mediaType: "text/csv" }],
    };
    expect(currentCliniciansFile(withIds, "meta")).toEqual({
      url: csv,
      name: "DAC_NationalDownloadableFile.csv",
      modified: "2026-11-20",
    });
    expect(currentCliniciansFile(plain, "meta").url).toBe(csv);
  });

  it("says when there is no CSV", () => {
    expect(() =>
      currentCliniciansFile(
        { distribution: [{ data: { downloadURL: "https://x/y.json", mediaType: "application/json" } }] },
        "meta",
      ),
    ).toThrow("meta lists no CSV download (distribution[].downloadURL).");
  });
});

describe("isoDay", () => {
  it("reads the catalogs' dates and HTTP dates as a day", () => {
    expect(isoDay("2026-11-20")).toBe("2026-11-20");
    expect(isoDay("2026-11-20T23:00:00-05:00")).toBe("2026-11-20");
    expect(isoDay("Tue, 01 Dec 2026 08:00:00 GMT")).toBe("2026-12-01");
    expect(isoDay("last month")).toBeUndefined();
    expect(isoDay(undefined)).toBeUndefined();
  });
});
