// The recommended people for a case (core's recommendAssignees), numbered for the keyboard: the
// cell's own grid worker first, then the nearest available, with distance, ETA and open-case load.
// A click (or the number key) dispatches to that person when the case may be dispatched.
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../core/domain/model';
import type { Recommendation } from '../../../../core/domain/recommend';
import { useDeskStore } from './desk-store';
import { runDeskAction } from './desk-actions';
import { assigneeOf, useRecommended } from './recommended';

export function formatDistance(m: number, language: string): string {
  if (m < 1000) return language === 'en' ? `${m} m` : `${m}米`;
  const km = (m / 1000).toFixed(m < 10_000 ? 1 : 0);
  return language === 'en' ? `${km} km` : `${km}公里`;
}

export function Recommendations({
  c,
  caseIds,
  canDispatch = true,
  compact = false,
}: {
  c: Case | null;
  caseIds: readonly string[];
  canDispatch?: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const list = useRecommended(c);
  const pending = useDeskStore((s) => s.pending > 0);
  if (!c) return null;
  if (list.length === 0) return <p className="recommend__none">{t('desk.noPeople')}</p>;
  const send = (r: Recommendation) => {
    useDeskStore.getState().openForm(null);
    void runDeskAction('dispatch', caseIds, { assignee: assigneeOf(r) });
  };
  return (
    <ol className={`recommend${compact ? ' recommend--compact' : ''}`} data-testid="recommendations">
      {list.map((r, i) => (
        <li key={r.person.id} data-person-id={r.person.id} data-testid="recommended-person">
          <button
            type="button"
            className="recommend__row"
            disabled={!canDispatch || pending}
            onClick={() => send(r)}
            aria-keyshortcuts={String(i + 1)}
            title={canDispatch ? t('desk.dispatchTo', { name: r.person.name }) : undefined}
          >
            <kbd className="recommend__key">{i + 1}</kbd>
            <span className="recommend__who">
              <span className="recommend__name">{r.person.name}</span>
              <span className="recommend__kind">{t(`people.kind.${r.person.kind}`)}</span>
              {r.reason === 'own-cell' && <span className="recommend__own">{t('desk.ownCell')}</span>}
            </span>
            <span className={`person-status person-status--${r.person.status}`}>
              {t(`people.status.${r.person.status}`)}
            </span>
            <PersonFigures r={r} />
          </button>
        </li>
      ))}
    </ol>
  );
}

function PersonFigures({ r }: { r: Recommendation }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="recommend__figures">
      <span>{r.distanceM === undefined ? t('desk.noFix') : formatDistance(r.distanceM, i18n.language)}</span>
      {r.etaMin !== undefined && <span>{t('desk.eta', { n: r.etaMin })}</span>}
      <span className={r.openCases > 2 ? 'is-busy' : ''}>{t('desk.load', { n: r.openCases })}</span>
    </span>
  );
}
