// The queue: open cases by urgency, dense rows, the cursor (keyboard) and the open case (Enter or
// click), checkboxes for bulk work (x or shift-click), and who else has a case open.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useWords } from '../../i18n/use-words';
import { useNames } from '../../i18n/use-names';
import { categoryColour, toCss } from '../../map/palette';
import { useAreaStore } from '../../state/area-store';
import { phaseOf } from '../../state/case-phase';
import { useDeskStore } from './desk-store';
import { usePresence } from './use-presence';
import type { QueueItem, QueueView } from './queue';
import { TimeLeft } from './TimeLeft';

export function DeskQueue({ view }: { view: QueueView }) {
  const { t } = useWords();
  const cursor = useDeskStore((s) => s.cursor);
  const list = useRef<HTMLOListElement>(null);

  // Keep the cursor's row in view as j/k move it.
  useEffect(() => {
    if (!cursor) return;
    list.current
      ?.querySelector(`[data-case-id="${CSS.escape(cursor)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  return (
    <ol className="desk-queue" ref={list} data-testid="desk-queue" aria-label={t('desk.queue')}>
      {view.items.length === 0 && <li className="desk-queue__empty">{t('desk.queueEmpty')}</li>}
      {view.items.map((item) => (
        <QueueRow key={item.case.id} item={item} />
      ))}
    </ol>
  );
}

function QueueRow({ item }: { item: QueueItem }) {
  const { t } = useWords();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const c = item.case;
  const isCursor = useDeskStore((s) => s.cursor === c.id);
  const isOpen = useDeskStore((s) => s.open === c.id);
  const isSelected = useDeskStore((s) => s.selected.has(c.id));
  const others = usePresence(c.id);
  const onClick = (event: MouseEvent) => {
    const desk = useDeskStore.getState();
    if (event.shiftKey) desk.toggleSelected(c.id);
    else desk.openCase(c.id);
  };
  const classes = [
    'queue-row',
    `queue-row--tier${item.tier}`,
    isCursor ? 'is-cursor' : '',
    isOpen ? 'is-open' : '',
    isSelected ? 'is-selected' : '',
  ];
  return (
    <li
      id={`queue-${c.id}`}
      className={classes.filter(Boolean).join(' ')}
      data-testid="queue-row"
      data-case-id={c.id}
      data-state={c.state}
      aria-current={isOpen ? 'true' : undefined}
    >
      <input
        type="checkbox"
        className="queue-row__check"
        checked={isSelected}
        onChange={() => useDeskStore.getState().toggleSelected(c.id)}
        aria-label={t('desk.selectCase', { id: c.id })}
        tabIndex={-1}
      />
      <button type="button" className="queue-row__body" onClick={onClick} tabIndex={-1}>
        <span className="queue-row__line1">
          <span className="dot" style={{ background: toCss(categoryColour(c.category)) }} />
          <span className="queue-row__category">{t(`category.${c.category}`)}</span>
          {c.severity === 1 && <span className="badge badge--urgent">{t('severity.1')}</span>}
          <span className={`state state--${phaseOf(c.state)}`}>{t(`caseState.${c.state}`)}</span>
          <TimeLeft sla={item.sla} className="queue-row__time" />
        </span>
        <span className="queue-row__line2">
          <span className="mono">{c.id}</span>
          <span>{names.community(area, c.communityCode)}</span>
          {c.assignee?.name && <span>→ {c.assignee.name}</span>}
          {others.length > 0 && (
            <span className="presence" data-testid="queue-presence">
              {t('desk.workingOn', { names: others.map((p) => p.name).join(t('common.listSeparator')) })}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
