// Security headers. The CSP allows only our own origin: the app makes no request to any other
// host (offline intranet use), except a basemap host a site configured. MapLibre sets inline
// styles; its workers start from blob: URLs.
import helmet from 'helmet';

/** `basemapTiles`: the configured tile URL template, whose origin the page may then load from. */
export function securityHeaders(basemapTiles: string | null = null) {
  const basemap = basemapTiles ? [new URL(basemapTiles.replace(/[{}]/g, '')).origin] : [];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...basemap],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        // 'self' covers same-origin ws:/wss: in CSP Level 3 browsers.
        connectSrc: ["'self'", ...basemap],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Plain HTTP on an intranet: do not pin HTTPS.
    strictTransportSecurity: false,
  });
}
