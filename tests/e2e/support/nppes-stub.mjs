// A stand-in for the NPPES NPI Registry API (version 2.1) for the end-to-end tests, which have no
// internet: GET /api/?version=2.1&number=<NPI> answers one individual for NPIs starting with "13"
// (the prefix tests/e2e/provider-form-draft.spec.ts uses), and no result for any other NPI, so the
// other specs' forms see no registry offer. GET /health answers 200 for Playwright's readiness check.
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? process.env.E2E_NPPES_PORT ?? 3105);

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://stub");
  res.setHeader("content-type", "application/json");
  if (url.pathname === "/health") return res.end("{}");
  const npi = url.searchParams.get("number") ?? "";
  if (url.pathname !== "/api/" || url.searchParams.get("version") !== "2.1" || !npi.startsWith("13")) {
    return res.end(JSON.stringify({ result_count: 0, results: [] }));
  }
  res.end(
    JSON.stringify({
      result_count: 1,
      results: [
        {
          number: npi,
          enumeration_type: "NPI-1",
          basic: { first_name: "PRIYA", last_name: "OKONKWO-HART", credential: "D.O.", sex: "F" },
          addresses: [
            { address_purpose: "MAILING", address_1: "PO BOX 9", city: "TOPEKA", state: "KS", postal_code: "66601" },
            {
              address_purpose: "LOCATION",
              address_1: "310 SW 10TH AVE",
              city: "TOPEKA",
              state: "KS",
              postal_code: "666121234",
              telephone_number: "785-555-0131",
            },
          ],
          taxonomies: [{ code: "208100000X", desc: "Physical Medicine & Rehabilitation", primary: true }],
        },
      ],
    }),
  );
}).listen(port, "127.0.0.1");
