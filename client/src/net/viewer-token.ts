// A wall screen may be given a viewer token: ?token=… once (then remembered) or localStorage.
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
