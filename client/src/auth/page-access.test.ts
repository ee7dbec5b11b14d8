import { describe, expect, it } from 'vitest';
import { USER_ROLES } from '../../../core/domain/model';
import { MODE_IDS } from '../modes/routes';
import { canOpen, decidePage, homeFor, landingAfterLogin, loginPathFor, safeReturnPath } from './page-access';

describe('canOpen', () => {
  it('follows the table of pages by role', () => {
    const open = Object.fromEntries(
      USER_ROLES.map((role) => [role, MODE_IDS.filter((m) => canOpen(role, m))]),
    );
    expect(open).toEqual({
      viewer: ['overview', 'wall'],
      leader: ['overview', 'wall', 'brief'],
      dispatcher: ['overview', 'wall', 'brief', 'dispatch'],
      admin: ['overview', 'wall', 'brief', 'dispatch', 'admin', 'field'],
      'grid-worker': ['field'],
      responder: ['field'],
    });
  });

  it('sends staff home to the overview and field roles to /field', () => {
    expect(homeFor('leader')).toBe('overview');
    expect(homeFor('viewer')).toBe('overview');
    expect(homeFor('grid-worker')).toBe('field');
    expect(homeFor('responder')).toBe('field');
  });
});

describe('safeReturnPath', () => {
  it('keeps a path of this site with its query and hash', () => {
    expect(safeReturnPath('/brief?range=7d#x')).toBe('/brief?range=7d#x');
  });

  it('refuses other hosts, schemes, protocol-relative and backslash tricks', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'brief',
      '',
      null,
    ])
      expect(safeReturnPath(bad)).toBeNull();
  });

  it('never returns to the login page and drops a display token', () => {
    expect(safeReturnPath('/login?next=/brief')).toBeNull();
    expect(safeReturnPath('/wall?token=secret&x=1')).toBe('/wall?x=1');
  });
});

describe('decidePage', () => {
  it('sends nobody to the login page, remembering where they wanted to go', () => {
    expect(decidePage('/brief', '?range=7d', null)).toEqual({
      kind: 'login',
      loginPath: `/login?next=${encodeURIComponent('/brief?range=7d')}`,
    });
    expect(decidePage('/', '', null)).toEqual({ kind: 'login', loginPath: '/login' });
    expect(decidePage('/login', '?next=%2Fbrief', null)).toEqual({
      kind: 'login',
      loginPath: '/login?next=%2Fbrief',
    });
  });

  it('opens a permitted page and refuses another with a link home', () => {
    expect(decidePage('/brief', '', 'leader')).toEqual({ kind: 'mode', mode: 'brief' });
    expect(decidePage('/brief', '', 'viewer')).toEqual({
      kind: 'forbidden',
      mode: 'brief',
      home: 'overview',
    });
    expect(decidePage('/admin', '', 'dispatcher')).toEqual({
      kind: 'forbidden',
      mode: 'admin',
      home: 'overview',
    });
    expect(decidePage('/admin', '', 'admin')).toEqual({ kind: 'mode', mode: 'admin' });
  });

  it('sends field roles from the root to /field, and refuses them staff pages', () => {
    expect(decidePage('/', '', 'grid-worker')).toEqual({ kind: 'redirect', path: '/field' });
    expect(decidePage('/wall', '', 'responder')).toEqual({ kind: 'forbidden', mode: 'wall', home: 'field' });
    expect(decidePage('/field', '', 'responder')).toEqual({ kind: 'mode', mode: 'field' });
  });

  it('moves a signed-in user off the login page to where they wanted, if permitted', () => {
    expect(decidePage('/login', '?next=%2Fbrief', 'leader')).toEqual({ kind: 'redirect', path: '/brief' });
    expect(decidePage('/login', '?next=%2Fadmin', 'leader')).toEqual({ kind: 'redirect', path: '/' });
    expect(decidePage('/login', '?next=%2F%2Fevil.example', 'admin')).toEqual({
      kind: 'redirect',
      path: '/',
    });
  });
});

describe('landingAfterLogin and loginPathFor', () => {
  it('lands on the wanted page or the role home', () => {
    expect(landingAfterLogin('dispatcher', '/brief?range=30d')).toBe('/brief?range=30d');
    expect(landingAfterLogin('viewer', '/brief')).toBe('/');
    expect(landingAfterLogin('grid-worker', null)).toBe('/field');
  });

  it('makes the login address with the way back', () => {
    expect(loginPathFor('/wall')).toBe('/login?next=%2Fwall');
    expect(loginPathFor('/')).toBe('/login');
  });
});
