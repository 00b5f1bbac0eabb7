// Draws the site's icons from the logo of components/site-header.tsx (run once; the files are
// committed): app/favicon.ico (16, 32 and 48 px PNGs in an ICO), app/apple-icon.png (180 px, opaque),
// public/icons/icon-{192,512}.png and icon-maskable-512.png (full bleed) for the web manifest.
//   node scripts/build-icons.mjs            (needs Chromium at CHROMIUM_PATH or /usr/bin/chromium)
import { chromium } from "@playwright/test";
import { writeFileSync } from "node:fs";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
const glyph = (fill) =>
  `<circle cx="14" cy="14" r="13" fill="${fill}"/><path d="M9 19c2-6 8-6 10 0M14 7v6" stroke="#fff" stroke-width="2.2" fill="none" stroke-linecap="round"/>`;
async function render(size, svg, transparent) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("SIZE", size).replace("SIZE", size)}</body></html>`,
  );
  return page.screenshot({ omitBackground: transparent, clip: { x: 0, y: 0, width: size, height: size } });
}
const round = `<svg xmlns="http://www.w3.org/2000/svg" width="SIZE" height="SIZE" viewBox="0 0 28 28" style="display:block">${glyph("#0f5f73")}</svg>`;
// Full-bleed square for apple-touch and maskable icons (the platform rounds the corners itself).
const square = `<svg xmlns="http://www.w3.org/2000/svg" width="SIZE" height="SIZE" viewBox="-4 -4 36 36" style="display:block"><rect x="-4" y="-4" width="36" height="36" fill="#0f5f73"/><path d="M9 19c2-6 8-6 10 0M14 7v6" stroke="#fff" stroke-width="2.2" fill="none" stroke-linecap="round"/></svg>`;
writeFileSync("app/apple-icon.png", await render(180, square, false));
writeFileSync("public/icons/icon-192.png", await render(192, round, true));
writeFileSync("public/icons/icon-512.png", await render(512, round, true));
writeFileSync("public/icons/icon-maskable-512.png", await render(512, square, false));
const p16 = await render(16, round, true),
  p32 = await render(32, round, true),
  p48 = await render(48, round, true);
// favicon.ico holding PNG images (valid ICO since Windows Vista, read by every current browser).
const imgs = [
  [16, p16],
  [32, p32],
  [48, p48],
];
const header = Buffer.alloc(6);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(imgs.length, 4);
let offset = 6 + 16 * imgs.length;
const dir = [];
for (const [s, png] of imgs) {
  const e = Buffer.alloc(16);
  e.writeUInt8(s, 0);
  e.writeUInt8(s, 1);
  e.writeUInt16LE(1, 4); // colour planes
  e.writeUInt16LE(32, 6); // bits per pixel
  e.writeUInt32LE(png.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += png.length;
  dir.push(e);
}
writeFileSync("app/favicon.ico", Buffer.concat([header, ...dir, ...imgs.map((i) => i[1])]));
await browser.close();
