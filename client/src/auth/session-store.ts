// Who is signed in on this screen: a person with a session cookie (and its CSRF token) or a wall
// screen with a display token. 'ended' means the server ended the session while the page was
// open; 'token-invalid' that a display token was refused.
import { create } from 'zustand';
import type { AuthUser } from '../../../core/protocol/auth';

export type SessionUser = AuthUser;

export type SessionStatus =
  'loading' | 'unreachable' | 'signed-out' | 'signed-in' | 'ended' | 'token-invalid';

export interface SessionStore {
  status: SessionStatus;
  user: SessionUser | null;
  csrfToken: string | null;
  /** 'token' when a display token signed this screen in. */
  via: 'session' | 'token' | null;
  signIn: (user: SessionUser, csrfToken: string | null, via: 'session' | 'token') => void;
  signOut: () => void;
  /** The server no longer knows this session or token (sockets and requests answer 401). */
  end: () => void;
  setUnreachable: () => void;
}

export const useSessionStore = create<SessionStore>()((set, get) => ({
  status: 'loading',
  user: null,
  csrfToken: null,
  via: null,
  signIn: (user, csrfToken, via) => set({ status: 'signed-in', user, csrfToken, via }),
  signOut: () => set({ status: 'signed-out', user: null, csrfToken: null, via: null }),
  end: () => {
    const { status, via } = get();
    if (status !== 'signed-in') return;
    set({ status: via === 'token' ? 'token-invalid' : 'ended', csrfToken: null });
  },
  setUnreachable: () => set({ status: 'unreachable' }),
}));
