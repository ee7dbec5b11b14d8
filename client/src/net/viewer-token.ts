// A wall screen may be given a display token: ?token=… once (then remembered) or localStorage.
const TOKEN_KEY = 'caohu.token';

export function readViewerToken(): string | null {
  try {
    const fromUrl = new URLSearchParams(location.search).get('token');
    if (fromUrl) {
      localStorage.setItem(TOKEN_KEY, fromUrl);
      return fromUrl;
    }
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Takes the token out of the address bar once it is remembered (it is a credential). */
export function hideViewerTokenFromAddress(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/** This screen stops being a display (its token was refused, or someone signs in instead). */
export function forgetViewerToken(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private mode: nothing was remembered.
  }
}
