// @ts-check
// The security headers of every response: next.config.js sets them on everything Next.js serves,
// and scripts/server.mjs on the JSON answers it writes itself (decision 0004). Plain JavaScript,
// because next.config.js and the server load it without a build.

/** The tile server's origin with its {s} subdomains widened to a wildcard, for img-src. */
function tileOrigin(/** @type {string} */ url) {
  try {
    const { protocol, host } = new URL(url.replace(/\{s\}/g, "a").replace(/\{[a-z]\}/g, "0"));
    const wildcard = url.includes("{s}") ? host.replace(/^a\./, "*.") : host;
    return `${protocol}//${wildcard}`;
  } catch {
    return "";
  }
}

/**
 * @param {{ dev: boolean, tileUrl: string }} opts
 * @returns {Array<{ key: string, value: string }>}
 */
export function securityHeaders({ dev, tileUrl }) {
  // Content-Security-Policy: scripts and styles only from this site, images also from the
  // configured map tile server, no framing, no plugins. Next.js's inline bootstrap scripts need
  // 'unsafe-inline' unless every page is rendered per request with a nonce (decision 0007); inline
  // event-handler attributes, which React never writes, stay forbidden (script-src-attr).
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileOrigin(tileUrl)}`.trim(),
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=()" },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/** The settings both callers use: the environment's tile URL (default OpenStreetMap) and mode. */
export function securityHeadersFromEnv(/** @type {Record<string, string | undefined>} */ env = process.env) {
  return securityHeaders({
    dev: env.NODE_ENV !== "production",
    tileUrl: env.NEXT_PUBLIC_TILE_URL || "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
  });
}
