import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchNppesRecord } from "@/lib/nppes/registry-api";
import { formCredential, parseNppesApiAnswer } from "./npi-registry";

// What the provider form may be offered from the NPPES API (issue 18): public registry fields only,
// mapped to the form's values, and a slow or broken API never holds the form up.

const ANSWER = {
  result_count: 1,
  results: [
    {
      number: "1234567893",
      enumeration_type: "NPI-1",
      basic: { first_name: "JANE", middle_name: "Q", last_name: "O'NEIL", credential: "M.D.", sex: "F" },
      addresses: [
        { address_purpose: "MAILING", address_1: "PO BOX 1", city: "X", state: "IL", postal_code: "60601" },
        {
          address_purpose: "LOCATION",
          address_1: "12 MAIN ST",
          address_2: "SUITE 300",
          city: "SPRINGFIELD",
          state: "IL",
          postal_code: "627011234",
          telephone_number: "217-555-0142",
        },
      ],
      taxonomies: [
        { code: "207Q00000X", desc: "Family Medicine", primary: false },
        { code: "2081P2900X", desc: "Pain Medicine", primary: true },
      ],
      endpoints: [{ endpoint: "secret@example.org" }],
    },
  ],
};

describe("parseNppesApiAnswer", () => {
  it("takes the name, credential, primary taxonomy and practice (not mailing) address", () => {
    expect(parseNppesApiAnswer("1234567893", ANSWER)).toEqual({
      npi: "1234567893",
      source: "nppes-api",
      firstName: "Jane",
      middleName: "Q",
      lastName: "O'Neil",
      suffix: null,
      credential: "MD",
      registeredSpecialty: "Pain Medicine (Physical Medicine & Rehabilitation) Physician",
      specialty: "PMR",
      subspecialty: "PAIN_MEDICINE",
      address: {
        street1: "12 Main St",
        street2: "Suite 300",
        city: "Springfield",
        state: "IL",
        zip: "62701",
        phone: "(217) 555-0142",
      },
    });
  });

  it("answers null for another NPI, an organisation, or a body that is not the API's", () => {
    expect(parseNppesApiAnswer("1245319599", ANSWER)).toBeNull();
    const org = { results: [{ ...ANSWER.results[0], enumeration_type: "NPI-2" }] };
    expect(parseNppesApiAnswer("1234567893", org)).toBeNull();
    expect(parseNppesApiAnswer("1234567893", { Errors: [{ description: "bad" }] })).toBeNull();
    expect(parseNppesApiAnswer("1234567893", "<html>")).toBeNull();
  });

  it("maps registered credentials to the form's MD and DO", () => {
    expect(formCredential("M.D.")).toBe("MD");
    expect(formCredential("d.o.")).toBe("DO");
    expect(formCredential("MBBS")).toBe("MBBS");
    expect(formCredential(null)).toBeNull();
  });
});

describe("fetchNppesRecord", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.searchParams.get("number") === "1245319599") return void setTimeout(() => res.end("{}"), 5000);
      if (url.searchParams.get("number") === "1003000126") return void res.writeHead(500).end("down");
      res.setHeader("content-type", "application/json");
      res.end(url.searchParams.get("version") === "2.1" ? JSON.stringify(ANSWER) : "{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  it("asks version 2.1 for the NPI and returns the record", async () => {
    expect(await fetchNppesRecord(base, "1234567893")).toMatchObject({
      firstName: "Jane",
      source: "nppes-api",
    });
  });

  it("gives up after its timeout, and on an HTTP error, with null", async () => {
    const started = Date.now();
    expect(await fetchNppesRecord(base, "1245319599", 200)).toBeNull();
    // Well before the stub answers (5 s): the form is never held up by a slow registry.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(await fetchNppesRecord(base, "1003000126")).toBeNull();
  });
});
