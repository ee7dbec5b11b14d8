// Options a site configures at run time. The only one now: an external basemap (raster tiles),
// which is never the default: the app must work with no internet.
//   ?basemap=https://…/{z}/{x}/{y}.png   (remembered on this screen; ?basemap=none forgets it)
//   localStorage["caohu.basemap"]

export interface ExternalBasemap {
  tiles: string[];
  attribution?: string;
}

const BASEMAP_KEY = 'caohu.basemap';

function fromUrlOrStorage(): ExternalBasemap | null | undefined {
  try {
    const param = new URLSearchParams(location.search).get('basemap');
    if (param === 'none') {
      localStorage.removeItem(BASEMAP_KEY);
      return null;
    }
    if (param) localStorage.setItem(BASEMAP_KEY, param);
    const template = param ?? localStorage.getItem(BASEMAP_KEY);
    return template ? { tiles: [template] } : undefined;
  } catch {
    return undefined;
  }
}

export function readExternalBasemap(): ExternalBasemap | null {
  return fromUrlOrStorage() ?? null;
}
