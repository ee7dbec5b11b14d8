import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { rememberWords } from './use-words';

async function instance() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'zh-CN',
    resources: {
      'zh-CN': { translation: { category: { fire: '火情' }, age: '{{n}} 秒前' } },
      en: { translation: { category: { fire: 'Fire' }, age: '{{n}} s ago' } },
    },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

/** `t` as the tests call it: keys of their own, not the app's. */
type Lookup = (key: string, options?: object) => string;

/** A fixed `t` that counts its calls. */
function counted(t: TFunction): { t: TFunction; calls: () => number } {
  let calls = 0;
  const wrapped = ((...args: Parameters<Lookup>) => {
    calls += 1;
    return (t as unknown as Lookup)(...args);
  }) as unknown as TFunction;
  return { t: wrapped, calls: () => calls };
}

describe('rememberWords', () => {
  it('looks a word up once, and gives what i18next gives', async () => {
    const i18n = await instance();
    const { t, calls } = counted(i18n.getFixedT('zh-CN'));
    const words = rememberWords(t) as unknown as Lookup;
    expect(words('category.fire')).toBe('火情');
    expect(words('category.fire')).toBe('火情');
    expect(calls()).toBe(1);
  });

  it('passes calls with values through every time', async () => {
    const i18n = await instance();
    const { t, calls } = counted(i18n.getFixedT('en'));
    const words = rememberWords(t) as unknown as Lookup;
    expect(words('age', { n: 3 })).toBe('3 s ago');
    expect(words('age', { n: 4 })).toBe('4 s ago');
    expect(calls()).toBe(2);
  });

  it('does not remember a key not found, so words added later are found', async () => {
    const i18n = await instance();
    const words = rememberWords(i18n.getFixedT('zh-CN')) as unknown as Lookup;
    expect(words('admin.title')).toBe('admin.title');
    i18n.addResourceBundle('zh-CN', 'translation', { admin: { title: '管理' } }, true, false);
    expect(words('admin.title')).toBe('管理');
  });
});
