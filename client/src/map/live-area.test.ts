import { describe, expect, it } from 'vitest';
import { CELL_RAMP, cellRampStep } from './palette';
import { fakeMap } from '../test-support/fake-map';
import { LiveAreaSync, liveAreaLayers, type LiveAreaInput } from './live-area';

const input = (over: Partial<LiveAreaInput> = {}): LiveAreaInput => ({
  openByCell: {},
  cellsVisible: true,
  boundaryVisible: true,
  selected: null,
  ...over,
});

describe('cellRampStep', () => {
  it('takes the highest step whose minimum the count reaches', () => {
    expect(CELL_RAMP.map((s) => cellRampStep(s.min))).toEqual(CELL_RAMP.map((_, i) => i));
    expect(cellRampStep(0)).toBe(0);
    expect(cellRampStep(2)).toBe(1);
    expect(cellRampStep(1_000)).toBe(CELL_RAMP.length - 1);
  });
});

describe('liveAreaLayers', () => {
  it('colours a cell by the step in its feature state, one colour per step of the ramp', () => {
    const fill = liveAreaLayers(1).find((l) => l.id === 'cell-fill') as unknown as {
      paint: Record<string, unknown[]>;
    };
    const expression = fill.paint['fill-color']!;
    expect(expression[0]).toBe('step');
    // the input, the first colour, then a stop and a colour for each further step
    expect(expression.length).toBe(3 + 2 * (CELL_RAMP.length - 1));
  });
});

describe('LiveAreaSync', () => {
  it('waits for the source, then sets each cell once, and again only when its step changes', () => {
    const { map, calls, load } = fakeMap();
    const sync = new LiveAreaSync(map, ['a', 'b']);
    sync.update(input({ openByCell: { a: 2 } }));
    expect(calls).toEqual([]);
    load();
    expect(calls).toEqual(expect.arrayContaining(['a {"step":1}', 'b {"step":0}']));
    calls.length = 0;

    sync.update(input({ openByCell: { a: 2, b: 0 } }));
    expect(calls).toEqual([]);
    sync.update(input({ openByCell: { a: 3, b: 0 } }));
    expect(calls).toEqual(['a {"step":2}']);
  });

  it('keeps a colour change while colours are not due, says so, and applies it when they are', () => {
    const { map, calls, load } = fakeMap();
    const sync = new LiveAreaSync(map, ['a', 'b']);
    load();
    expect(sync.update(input({ openByCell: { a: 1 } }))).toBe(false);
    calls.length = 0;

    expect(sync.update(input({ openByCell: { a: 3 }, coloursDue: false, selected: 'b' }))).toBe(true);
    expect(calls).toEqual(['b {"selected":true}', 'cell-selected visible']); // the selection at once
    calls.length = 0;
    expect(sync.update(input({ openByCell: { a: 3 }, selected: 'b' }))).toBe(false);
    expect(calls).toEqual(['a {"step":2}']);
  });

  it('moves the selection from cell to cell and draws its outline only while there is one', () => {
    const { map, calls, load } = fakeMap();
    const sync = new LiveAreaSync(map, ['a', 'b']);
    load();
    sync.update(input());
    calls.length = 0;

    sync.update(input({ selected: 'a' }));
    expect(calls).toEqual(['a {"selected":true}', 'cell-selected visible']);
    calls.length = 0;
    sync.update(input({ selected: 'b' }));
    expect(calls).toEqual(['a {"selected":false}', 'b {"selected":true}']);
    calls.length = 0;
    sync.update(input());
    expect(calls).toEqual(['b {"selected":false}', 'cell-selected none']);
  });

  it('hides the cells and the outline with their toggles, and forgets the hovered cell', () => {
    const { map, calls, load } = fakeMap();
    const sync = new LiveAreaSync(map, ['a']);
    load();
    sync.update(input());
    sync.hover('a');
    expect(calls).toContain('a {"hover":true}');
    calls.length = 0;

    sync.update(input({ cellsVisible: false, boundaryVisible: false }));
    expect(calls).toEqual([
      'cell-fill none',
      'cell-line none',
      'boundary-line none',
      'a {"hover":false}',
      'cell-hover none',
    ]);
  });
});
