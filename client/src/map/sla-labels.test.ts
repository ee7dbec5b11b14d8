import { describe, expect, it } from 'vitest';
import type { Case } from '../../../core/domain/model';
import type { WorkingCalendar } from '../../../core/domain/working-calendar';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { applyDelta, applySnapshot } from '../state/apply-sync';
import { makeCase, makeDelta, makeSnapshot, withoutFullPass } from '../test-support/fixtures';
import { CaseClockIndex } from '../state/case-clocks';
import {
  compactDuration,
  placeLabels,
  selectSlaLabels,
  slaLabelsFrom,
  slaLabelText,
  type Translate,
} from './sla-labels';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.parse('2025-06-06T17:00:00+08:00'); // a Friday, 17:00 in Shanghai

/** A translate over the real messages, as i18next interpolates them. */
function translateWith(messages: { mapSla: Record<string, string> }): Translate {
  return (key, values) => {
    const template = messages.mapSla[key.replace('mapSla.', '')] ?? key;
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  };
}
const zh = translateWith(zhCN);
const english = translateWith(en);

function timed(id: string, fromMs: number, deadlineMs: number, overrides: Partial<Case> = {}): Case {
  return makeCase(id, {
    state: 'in-progress',
    sla: {
      from: new Date(fromMs).toISOString(),
      deadline: new Date(deadlineMs).toISOString(),
      clock: 'around-the-clock',
    },
    ...overrides,
  });
}

describe('slaLabelText', () => {
  it('says time left before the deadline and time over after it, in the two largest units', () => {
    expect(slaLabelText(2 * HOUR + 15 * MIN + 30_000, zh)).toBe('剩 2时15分');
    expect(slaLabelText(-(27 * HOUR + 20 * MIN), zh)).toBe('超 1天3时');
    expect(slaLabelText(40 * MIN, zh)).toBe('剩 40分');
    expect(slaLabelText(-(2 * HOUR + 15 * MIN), english)).toBe('2h 15m over');
    expect(slaLabelText(59_000, english)).toBe('0m left');
  });

  it('keeps zero hours when days are shown', () => {
    expect(compactDuration(48 * HOUR + 5 * MIN, zh)).toBe('2天0时');
  });
});

describe('selectSlaLabels', () => {
  it('labels open cases with a running limit in warning or overdue, the most urgent first', () => {
    const cases = [
      timed('ok', T0 - HOUR, T0 + 9 * HOUR), // 10 %
      timed('warn', T0 - 8 * HOUR, T0 + 2 * HOUR), // 80 %
      timed('over', T0 - 10 * HOUR, T0 - HOUR), // overdue
      timed('closed', T0 - 10 * HOUR, T0 - HOUR, { state: 'closed' }),
      timed('handled', T0 - 10 * HOUR, T0 - HOUR, { state: 'handled' }), // clock stopped
      makeCase('no-limit', { state: 'dispatched' }),
    ];
    const labels = selectSlaLabels(cases, T0, undefined);
    expect(labels.map((l) => [l.id, l.level])).toEqual([
      ['over', 'overdue'],
      ['warn', 'warning'],
    ]);
    expect(labels[0]!.remainingMs).toBe(-HOUR);
    expect(labels[0]!.position).toEqual([120.57, 31.47]);
  });

  it('keeps only the most urgent ones past the limit', () => {
    const cases = Array.from({ length: 100 }, (_, i) => timed(`c${i}`, T0 - 10 * HOUR, T0 - i * MIN));
    const labels = selectSlaLabels(cases, T0, undefined, 60);
    expect(labels).toHaveLength(60);
    expect(labels[0]!.id).toBe('c99');
    expect(labels[59]!.id).toBe('c40');
  });

  it('counts a working-time limit on the calendar when it is given', () => {
    // Registered Friday 09:00, due Monday 09:00 with 8 working hours; Friday 17:00 is the end of
    // the first working day: by the wall clock 1/9 used, by the working calendar all of it.
    const calendar: WorkingCalendar = {
      periods: [{ start: 9 * 60, end: 17 * 60 }],
      holidays: new Set(),
      workdays: new Set(),
      years: [],
    };
    const from = T0 - 8 * HOUR;
    const deadline = T0 + 64 * HOUR;
    const c = timed('working', from, deadline, {
      sla: {
        from: new Date(from).toISOString(),
        deadline: new Date(deadline).toISOString(),
        clock: 'working',
      },
    });
    expect(selectSlaLabels([c], T0 - HOUR, undefined)).toEqual([]);
    expect(selectSlaLabels([c], T0 - HOUR, calendar).map((l) => l.level)).toEqual(['warning']);
  });
});

describe('slaLabelsFrom', () => {
  it('follows deltas by the changed cases alone to the labels a pass over every case gives', () => {
    const start = Array.from({ length: 30 }, (_, i) => timed(`c${i}`, T0 - 10 * HOUR, T0 + (i - 15) * HOUR));
    let data = applySnapshot(makeSnapshot(1, { cases: start }));
    const index = new CaseClockIndex();
    expect(slaLabelsFrom(index.sync(data.cases, T0, undefined, 1))).toEqual(
      selectSlaLabels(data.cases.values(), T0, undefined),
    );
    for (let k = 0; k < 40; k++) {
      const id = `c${(k * 7) % 35}`;
      const changed =
        k % 3 === 0
          ? makeCase(id, { state: 'handled' })
          : timed(id, T0 - 10 * HOUR, T0 + ((k % 13) - 6) * HOUR);
      data = applyDelta(data, makeDelta(data.seq!, data.seq! + 1, { cases: [changed] })).data;
      const labels = withoutFullPass(data.cases, () =>
        slaLabelsFrom(index.sync(data.cases, T0, undefined, 1)),
      );
      expect(labels).toEqual(selectSlaLabels(data.cases.values(), T0, undefined));
    }
    // A new tick works every label out again at its time.
    const later = T0 + 5 * HOUR;
    expect(slaLabelsFrom(index.sync(data.cases, later, undefined, 2))).toEqual(
      selectSlaLabels(data.cases.values(), later, undefined),
    );
  });
});

describe('placeLabels', () => {
  const box = (left: number, top: number, width = 40, height = 14) => ({
    left,
    top,
    right: left + width,
    bottom: top + height,
  });

  it('draws the more urgent of two overlapping labels whole, and the other not at all', () => {
    expect(placeLabels([box(0, 0), box(30, 5), box(50, 0)], [])).toEqual([true, false, true]);
  });

  it('keeps the labels off the names, and lets labels that only touch stand side by side', () => {
    expect(placeLabels([box(0, 0), box(40, 0), box(100, 0)], [box(90, 5, 20, 20)])).toEqual([
      true,
      true,
      false,
    ]);
  });
});
