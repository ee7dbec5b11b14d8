// The dispatcher's desk (1920×1080): header and today's figures; the queue on the left, the map in
// the middle, the open case with its actions and recommended people on the right. Every action is
// one click or one key; `?` lists the keys.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from '../../panels/Header';
import { StaleVeil } from '../../panels/StaleVeil';
import { LiveMap } from '../../map/LiveMap';
import { CaseWork } from './CaseWork';
import { DeskFilters } from './DeskFilters';
import { DeskNotices } from './DeskNotices';
import { DeskQueue } from './DeskQueue';
import { FiguresStrip } from './FiguresStrip';
import { HelpOverlay } from './HelpOverlay';
import { useDeskControl } from './use-desk-control';
import { useDeskKeyboard } from './use-desk-keyboard';
import { useDeskSync } from './use-desk-sync';
import { useQueue } from './use-queue';
import './dispatch.css';

const MAP_INSETS = { top: 2, right: 2, bottom: 2, left: 2 };

export function DispatchMode() {
  const { t } = useTranslation();
  const view = useQueue();
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = useQueueIds(view.items);
  const control = useDeskControl(ids, searchRef);
  useDeskKeyboard(control);
  useDeskSync();
  return (
    <div className="desk" data-testid="dispatch">
      <Header />
      <FiguresStrip queue={view} />
      <main className="desk__body">
        <section className="desk__queue panel" aria-label={t('desk.queue')}>
          <div className="desk__queue-head">
            <h2 className="panel__title">
              {t('desk.queue')}
              <span className="panel__aside" data-testid="queue-count">
                {t('desk.queueCount', { shown: view.items.length, open: view.open })}
              </span>
            </h2>
            <DeskFilters ref={searchRef} />
          </div>
          <DeskQueue view={view} />
          <p className="desk__hint">{t('desk.hint')}</p>
        </section>
        <section className="desk__map">
          <LiveMap insets={MAP_INSETS} />
          <StaleVeil />
          <DeskNotices />
        </section>
        <CaseWork control={control} />
      </main>
      <HelpOverlay />
    </div>
  );
}

/** The queue's ids, the same array while the order stays the same (the desk context depends on it). */
function useQueueIds(items: ReturnType<typeof useQueue>['items']): readonly string[] {
  const last = useRef<readonly string[]>([]);
  const ids = items.map((i) => i.case.id);
  if (ids.length !== last.current.length || ids.some((id, i) => id !== last.current[i])) last.current = ids;
  return last.current;
}
