// Headers every preview response carries. The page may load only its own
// script, style, images and event stream; nothing from another origin, no
// inline script, no frames, no plugins, no form posts.
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Served files (diagram SVGs opened on their own, PDFs): no script, no outside loads. */
export const FILE_CSP = ["default-src 'none'", "style-src 'unsafe-inline'", 'img-src data:', 'font-src data:', 'sandbox'].join('; ');

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };
}
