// A patient's path: search -> a provider's profile -> a consultation request that reaches the
// practice's inbox. Also the profile's 404s and redirects, the form without JavaScript, and reports.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { SELECTION_STEPS, stepsFor } from "../../lib/content/steps";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { waitForMail } from "./support/mail";

let db: pg.Client;
test.beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
});
test.afterAll(async () => {
  await db.end();
});

// Every test comes from its own network: the per-network limit (5 requests an hour) must not make
// one test, or a retry, fail because of another.
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` });
  // No internet here: tiles fail and the bundled state outlines must draw.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/**
 * A published demo provider near New York with a verified certification and a location accepting new
 * patients (the others offer no request form), by way of the search page.
 */
async function openProfileFromSearch(page: Page): Promise<string> {
  await page.goto("/search?near=10001&radius=25&verified=1&accepting=1");
  const first = page.getByRole("region", { name: "Results list" }).locator("li[data-provider-id]").first();
  const name = (await first.getByRole("heading", { level: 3 }).textContent())?.trim() ?? "";
  await first.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return name;
}

async function jsonLd(page: Page): Promise<{ "@type": string; name: string; usNPI: string }> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
}

test.describe("provider profile", () => {
  test("a patient opens a profile from the search: five steps, verified vs self-reported, map, data", async ({
    page,
  }) => {
    const name = await openProfileFromSearch(page);
    await expect(page).toHaveURL(/\/providers\/\d+-[a-z0-9-]+$/);
    const id = /\/providers\/(\d+)-/.exec(page.url())![1];

    const main = page.getByRole("main");
    const h2 = await main.getByRole("heading", { level: 2 }).allTextContents();
    expect(h2.slice(0, 5).map((t) => t.replace(/^\d+\s*Step \d+: /, ""))).toEqual(
      SELECTION_STEPS.map((s) => s.title),
    );
    await expect(main.getByText("Demo data: fictional provider").first()).toBeVisible();
    await expect(main.getByText(/^Last confirmed/)).toBeVisible();

    // A verified certification and the self-reported experience look different, not just read different.
    const verified = page.locator('#credentials [data-fact="verified"]').first();
    const selfReported = page.locator('#experience [data-fact="reported"]');
    await expect(verified).toHaveText(/^✓Verified [A-Z][a-z]+ \d{1,2}, \d{4}$/);
    await expect(selfReported).toHaveText(
      /^✎Reported by the practice, confirmed [A-Z][a-z]+ \d{1,2}, \d{4}$/,
    );
    const look = (l: typeof verified) =>
      l.evaluate((el) => `${getComputedStyle(el).borderStyle} ${getComputedStyle(el).color}`);
    expect(await look(verified)).not.toBe(await look(selfReported));
    await expect(page.locator("#credentials")).toContainText(
      /Verified by a NeckCare Finder moderator on \w+ \d+, \d{4}/,
    );
    await expect(page.locator("#credentials")).toContainText(
      "not by itself show training in botulinum toxin",
    );
    // The key to the marks is on the page, and prints.
    const key = page.getByRole("region", { name: "How to read the marks on provider facts" });
    await expect(key).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(key).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // The location map: the bundled outlines draw without tiles, and the pin is there. It loads
    // once on screen (issue 15: not while the page becomes interactive).
    await page.getByText("Loading map…").first().scrollIntoViewIfNeeded();
    const map = page.getByRole("img", { name: /^Map: / }).first();
    await expect(map).toBeVisible();
    await expect.poll(() => map.locator(".leaflet-basemap-pane path").count()).toBeGreaterThan(50);
    await expect(map.locator(".leaflet-overlay-pane path")).toHaveCount(1);

    await expect(main.getByRole("link", { name: "Prepare for your consultation" }).first()).toHaveAttribute(
      "href",
      `/checklist?provider=${id}`,
    );
    const data = await jsonLd(page);
    expect(data["@type"]).toBe("Physician");
    expect(data.name).toBe(name);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/providers/${id}-[a-z0-9-]+$`),
    );
    await expectNoSeriousA11yViolations(page);
  });

  test("a consultation request: inline errors keep the input, then the practice gets the e-mail", async ({
    page,
  }) => {
    const name = await openProfileFromSearch(page);
    const { usNPI } = await jsonLd(page);
    page.on("dialog", () => {
      throw new Error("A script from the form ran");
    });
    const form = page.getByRole("region", { name: "Request a consultation" });
    await form.getByRole("textbox", { name: "Your name", exact: true }).fill("Pat <b>Tester</b>");
    await form.getByRole("textbox", { name: "E-mail", exact: true }).fill("not-an-email");
    const message = `<script>alert("x")</script> Neck spasms since 2019 & <b>bold</b> ${unique()}`;
    await form.getByRole("textbox", { name: "Message", exact: true }).fill(message);
    await expect(form.getByText(`${message.length} of 1,000 characters`)).toBeVisible();
    await form.getByRole("button", { name: "Send request" }).click();

    await expect(form.getByText("Enter a valid e-mail address, e.g. name@example.org.")).toBeVisible();
    await expect(
      form.getByText("Tick the box to agree that we pass your request on to the practice."),
    ).toBeVisible();
    await expect(form.getByRole("textbox", { name: "E-mail", exact: true })).toBeFocused();
    await expect(form.getByRole("textbox", { name: "E-mail", exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(form.getByRole("textbox", { name: "Your name", exact: true })).toHaveValue(
      "Pat <b>Tester</b>",
    );
    await expect(form.getByRole("textbox", { name: "Message", exact: true })).toHaveValue(message);
    await expectNoSeriousA11yViolations(page);

    const email = `pat-${unique()}@example.org`;
    await form.getByRole("textbox", { name: "E-mail", exact: true }).fill(email);
    await form.getByRole("checkbox", { name: /I agree/ }).check();
    // Where the practice needs a referral, the form asks (tests/e2e/trust.spec.ts checks the question).
    const referral = form.getByRole("group", { name: "Do you have a referral?" });
    if (await referral.isVisible()) await referral.getByRole("radio", { name: "Yes, I have a referral" }).check();
    // A double click sends one request.
    await form.getByRole("button", { name: "Send request" }).dblclick();
    await expect(form.getByRole("status")).toContainText(
      `Your request was sent to ${name}. The practice will contact you directly.`,
    );
    const reference = (await form.getByTestId("consult-reference").textContent())?.trim();
    // Random, not the sequential id (lib/reference.ts).
    expect(reference).toMatch(/^NCC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

    const mail = await waitForMail(
      `provider-${usNPI}@demo.neckcare.invalid`,
      new RegExp(`reference ${reference}\\)`),
    );
    expect(mail.text).toContain(`E-mail: ${email}`);
    expect(mail.text).toContain(message);
    const rows = await db.query(
      'SELECT "patientName", message, status FROM "ConsultRequest" WHERE "patientEmail" = $1',
      [email],
    );
    expect(rows.rows).toEqual([{ patientName: "Pat <b>Tester</b>", message, status: "DELIVERED" }]);

    // The patient's contact details are never on the public page.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    expect(await page.content()).not.toContain(email);
  });

  test("without JavaScript the server checks the form and keeps what was typed", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setExtraHTTPHeaders({
      "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
    });
    // A demo provider with a location accepting new patients: only those offer the form.
    const { rows } = await db.query(
      `SELECT p.id FROM "Provider" p WHERE p.status = 'PUBLISHED' AND p.source = 'DEMO'
         AND EXISTS (SELECT 1 FROM "Location" l WHERE l."providerId" = p.id AND l."acceptingNewPatients")
       ORDER BY p.id LIMIT 1`,
    );
    await page.goto(`/providers/${rows[0].id}`);
    const form = page.getByRole("region", { name: "Request a consultation" });
    await form.getByRole("textbox", { name: "Your name", exact: true }).fill("No Script");
    await form.getByRole("textbox", { name: "Message", exact: true }).fill("x".repeat(1001));
    await form.getByRole("button", { name: "Send request" }).click();
    await expect(
      form.getByText("Give an e-mail address or a phone number, so the practice can reach you."),
    ).toBeVisible();
    await expect(form.getByText("Keep the message to 1,000 characters (it has 1,001).")).toBeVisible();
    await expect(form.getByRole("textbox", { name: "Your name", exact: true })).toHaveValue("No Script");
    await expect(form.getByRole("textbox", { name: "Message", exact: true })).toHaveValue("x".repeat(1001));
    await context.close();
  });

  test("unknown or unpublished ids are 404; a missing or wrong slug redirects permanently", async ({
    page,
    request,
  }) => {
    const unknown = await page.goto("/providers/2000000000-nobody");
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Provider not found");
    await expectNoSeriousA11yViolations(page);
    expect((await request.get("/providers/not-a-number")).status()).toBe(404);

    const hidden = await db.query(
      `SELECT id FROM "Provider" WHERE status <> 'PUBLISHED' ORDER BY id LIMIT 1`,
    );
    expect((await request.get(`/providers/${hidden.rows[0].id}`)).status()).toBe(404);

    const { rows } = await db.query(
      `SELECT id FROM "Provider" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
    );
    for (const path of [`/providers/${rows[0].id}`, `/providers/${rows[0].id}-wrong-slug`]) {
      const r = await request.get(path, { maxRedirects: 0 });
      expect(r.status()).toBe(308);
      expect(r.headers().location).toMatch(new RegExp(`/providers/${rows[0].id}-[a-z0-9-]+$`));
    }
  });

  test("in Spanish: the profile, a consultation request and the patient's Spanish copy (issue 19)", async ({
    page,
  }) => {
    // A demo provider with a location accepting new patients: only those offer the form.
    const { rows } = await db.query(
      `SELECT p.id FROM "Provider" p WHERE p.status = 'PUBLISHED' AND p.source = 'DEMO'
         AND EXISTS (SELECT 1 FROM "Location" l WHERE l."providerId" = p.id AND l."acceptingNewPatients")
       ORDER BY p.id DESC LIMIT 1`,
    );
    const id = rows[0].id as number;
    await page.goto(`/es/providers/${id}`);
    // The slug is added, and the address stays Spanish.
    await expect(page).toHaveURL(new RegExp(`/es/providers/${id}-[a-z0-9-]+$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const name = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    const main = page.getByRole("main");
    const h2 = await main.getByRole("heading", { level: 2 }).allTextContents();
    expect(h2.slice(0, 5).map((t) => t.replace(/^\d+\s*Paso \d+: /, ""))).toEqual(
      stepsFor("es").SELECTION_STEPS.map((s) => s.title),
    );
    await expect(main.getByText("Datos de demostración: médico ficticio").first()).toBeVisible();
    await expect(main.getByRole("link", { name: "Prepárese para su consulta" }).first()).toHaveAttribute(
      "href",
      `/es/checklist?provider=${id}`,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/es/providers/${id}-[a-z0-9-]+$`),
    );
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      new RegExp(`^https?://[^/]+/providers/${id}-[a-z0-9-]+$`),
    );

    const form = page.getByRole("region", { name: "Solicitar una consulta" });
    await form.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(form.getByText("Escriba su nombre.")).toBeVisible();
    await expect(form.getByText("Corrija los campos marcados abajo.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const email = `paciente-${unique()}@example.org`;
    await form.getByRole("textbox", { name: "Su nombre", exact: true }).fill("Pat Paciente");
    await form.getByRole("textbox", { name: "Correo electrónico", exact: true }).fill(email);
    await form
      .getByRole("textbox", { name: "Mensaje", exact: true })
      .fill(`Tengo distonía cervical ${unique()}`);
    await form.getByRole("checkbox", { name: /Acepto/ }).check();
    const referral = form.getByRole("group", { name: "¿Tiene una remisión?" });
    if (await referral.isVisible())
      await referral.getByRole("radio", { name: "Sí, tengo una remisión" }).check();
    await form.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(form.getByRole("status")).toContainText(`Su solicitud se envió a ${name}.`);
    await expect(form.getByRole("status")).toContainText("Le enviamos una copia de su solicitud");
    const reference = (await form.getByTestId("consult-reference").textContent())?.trim();

    const copy = await waitForMail(
      email,
      new RegExp(`^Su solicitud de consulta a .+ \\(referencia ${reference}\\)$`),
    );
    expect(copy.text).toContain("Hola, Pat Paciente:");
    expect(copy.text).toContain(`Referencia: ${reference}`);
    expect(copy.text).toMatch(/\/es\/privacy$/m);
    expect(copy.text).not.toContain("Your request:");
  });

  test("report incorrect information goes to the moderation queue", async ({ page }) => {
    await openProfileFromSearch(page);
    const id = Number(/\/providers\/(\d+)-/.exec(page.url())![1]);
    // The header's link opens the closed "Report incorrect information" disclosure (it targets the form inside).
    await page.getByRole("link", { name: "Report incorrect information" }).click();
    // Scoped to the listing's report form: each review on the page has a "report this review" form too.
    const report = page.locator("#report");
    await report.getByRole("button", { name: "Send report" }).click();
    await expect(report.getByText("Choose what is wrong.")).toBeVisible();
    const details = `New phone is 555-000-1111 <i>${unique()}</i>`;
    await report.getByLabel("The address or phone number is wrong").check();
    await report.getByLabel(/^Details/).fill(details);
    await report.getByRole("button", { name: "Send report" }).click();
    await expect(report.getByRole("status")).toContainText("A moderator will check this listing");
    const { rows } = await db.query('SELECT target, "providerId", status FROM "Report" WHERE details = $1', [
      details,
    ]);
    expect(rows).toEqual([{ target: "PROVIDER", providerId: id, status: "OPEN" }]);
  });
});
