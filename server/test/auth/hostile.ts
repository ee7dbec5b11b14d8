// Hostile payloads for the fuzz test, from a seeded generator: a valid template per endpoint, then
// one or more mutations that each make it invalid for a strict schema (so nothing may be accepted):
// prototype-pollution keys, unknown keys, wrong types, NaN/Infinity as strings, huge numbers,
// missing fields, deep nesting. Bodies that are not JSON, too large or of the wrong type come too.
import type { Random } from '../../../core/random/seeded-random';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A request body: JSON text and its content type. */
export interface HostileBody {
  text: string;
  contentType: string;
  /** Payloads it carries (items of a batch count one each). */
  payloads: number;
}

const POLLUTION = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty'];
const WRONG_VALUES: Json[] = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '12',
  '',
  ' ',
  '\u0000',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  'x'.repeat(5000),
  1e308,
  -1e308,
  2 ** 53 + 1,
  -1,
  0,
  true,
  false,
  null,
  [],
  [1, 2, 3],
  {},
  { $gt: '' },
  { __proto__: null },
];

/** A value of the wrong type (or out of range) for a field whose valid value is `valid`. */
function wrongFor(valid: Json, r: Random): Json {
  for (;;) {
    const v = r.pick(WRONG_VALUES);
    if (typeof valid === 'string' && typeof v === 'string') continue; // a string could still fit
    if (typeof valid === 'number' && typeof v === 'number' && Math.abs(v) < 1e300) continue;
    if (typeof valid === 'boolean' && typeof v === 'boolean') continue;
    return v;
  }
}

const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** One invalid item from a valid template, as JSON text. */
export function mutate(template: Record<string, Json>, r: Random): string {
  const item: Record<string, Json> = structuredClone(template);
  const keys = Object.keys(item);
  const kind = r.int(0, 6);
  if (kind === 0 || keys.length === 0) {
    // Prototype pollution: an own "__proto__" key can only be written as JSON text.
    const key = r.pick(POLLUTION);
    const text = JSON.stringify(item);
    const polluted = `{"${key}":{"isAdmin":true,"role":"admin","polluted":1}${text.length > 2 ? ',' : ''}`;
    return polluted + text.slice(1);
  }
  const key = r.pick(keys);
  switch (kind) {
    case 1:
      item[key] = wrongFor(item[key] ?? null, r);
      break;
    case 2:
      delete item[key];
      if (Object.keys(item).length === keys.length - 1 && r.chance(0.5)) item[`x-${r.int(0, 999)}`] = 1;
      else item.unexpected = 'field';
      break;
    case 3: {
      // Coordinates and other numbers as NaN/Infinity strings or huge values.
      const nested = Object.entries(item).find(
        ([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v),
      );
      const target = (nested?.[1] as Record<string, Json> | undefined) ?? item;
      const numKey = Object.keys(target).find((k) => typeof target[k] === 'number') ?? key;
      target[numKey] = r.pick(['NaN', 'Infinity', '-Infinity', '1e400', 1e308, -1e308, '0x10']);
      if (typeof template[numKey] !== 'number' && target === item) item.unexpected = 1;
      break;
    }
    case 4:
      item[key] = JSON.parse(deep(r.int(50, 400))) as Json;
      break;
    case 5:
      item['constructor'] = { prototype: { polluted: true } };
      break;
    default:
      item[key] = wrongFor(item[key] ?? null, r);
      item[r.pick(POLLUTION.slice(1))] = 'x';
  }
  return JSON.stringify(item);
}

/** A whole body for an endpoint that takes one item (or, with `batch`, an array of them). */
export function hostileBody(
  template: Record<string, Json>,
  r: Random,
  opts: { batch: boolean; limitBytes: number },
): HostileBody {
  const json = 'application/json';
  const kind = r.int(0, 19);
  if (kind === 0)
    return { text: 'x'.repeat(opts.limitBytes + 1 + r.int(0, 1000)), contentType: json, payloads: 1 };
  if (kind === 1)
    return {
      text: JSON.stringify(template),
      contentType: r.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      ]),
      payloads: 1,
    };
  if (kind === 2) {
    const text = mutate(template, r);
    return { text: text.slice(0, r.int(1, Math.max(1, text.length - 1))), contentType: json, payloads: 1 }; // cut short
  }
  if (kind === 3) {
    const depth = Math.floor(Math.min(opts.limitBytes, 40_000) / 2) - 10;
    return { text: `${'['.repeat(depth)}${']'.repeat(depth)}`, contentType: json, payloads: 1 };
  }
  if (kind === 4)
    return {
      text: r.pick(['null', 'true', '0', '"x"', '1e999', 'NaN', '{}', '[]', '']),
      contentType: json,
      payloads: 1,
    };
  if (opts.batch && kind >= 10) {
    const n = r.int(20, 80);
    const items = Array.from({ length: n }, () =>
      r.chance(0.05) ? r.pick(['1', 'null', '"item"', '[]']) : mutate(template, r),
    );
    return { text: `[${items.join(',')}]`, contentType: json, payloads: n };
  }
  return { text: mutate(template, r), contentType: json, payloads: 1 };
}
