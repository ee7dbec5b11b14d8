// The field page (a phone, 390×844): the signed-in grid worker's or responder's cases, big touch
// targets, one case at a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../auth/session-store';
import { ConnectionStatus } from '../../panels/ConnectionStatus';
import { LanguageToggle } from '../../panels/LanguageToggle';
import { UserBadge } from '../../panels/UserBadge';
import { categoryColour, toCss } from '../../map/palette';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { phaseOf } from '../../state/case-phase';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { useConnectionView } from '../../state/use-connection-view';
import { selectCalendar, useRulesStore } from '../../state/rules-store';
import { useNow } from '../../state/use-now';
import { slaStatus } from '../../../../core/domain/sla';
import { TimeLeft } from '../dispatch/TimeLeft';
import { FieldCase } from './FieldCase';
import { myCases } from './field-cases';
import '../../panels/header.css';
import './field.css';

export function FieldMode() {
  const { t } = useTranslation();
  const user = useSessionStore((s) => s.user);
  const cases = useLiveStore((s) => s.data.cases);
  const view = useConnectionView();
  const [openId, setOpenId] = useState<string | null>(null);
  useNow(30_000);
  const calendar = useRulesStore(selectCalendar);
  const now = serverNowMs(useLiveStore.getState());
  const mine = user?.personId ? myCases(cases.values(), user.personId, now, calendar) : [];
  const open = openId ? cases.get(openId) : undefined;

  return (
    <div className="field" data-testid="field">
      <header className="field-top">
        <h1 className="field-top__title">{t('field.title')}</h1>
        <LanguageToggle />
        <UserBadge />
        <div className="field-top__status">
          <ConnectionStatus view={view} />
        </div>
      </header>
      <main className="field-body">
        {open ? (
          <FieldCase c={open} onBack={() => setOpenId(null)} />
        ) : (
          <CaseList cases={mine} now={now} noPerson={!user?.personId} onOpen={setOpenId} />
        )}
      </main>
    </div>
  );
}

function CaseList({
  cases,
  now,
  noPerson,
  onOpen,
}: {
  cases: ReturnType<typeof myCases>;
  now: number;
  noPerson: boolean;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const calendar = useRulesStore(selectCalendar);
  if (noPerson) return <p className="field-empty">{t('field.noPerson')}</p>;
  return (
    <>
      <h2 className="field-section">{t('field.myCases', { n: cases.length })}</h2>
      {cases.length === 0 && <p className="field-empty">{t('field.noCases')}</p>}
      <ol className="field-list" data-testid="field-list">
        {cases.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="field-card"
              onClick={() => onOpen(c.id)}
              data-testid="field-card"
              data-case-id={c.id}
            >
              <span className="field-card__line1">
                <span className="dot" style={{ background: toCss(categoryColour(c.category)) }} />
                <strong>{t(`category.${c.category}`)}</strong>
                <span className={`state state--${phaseOf(c.state)}`}>{t(`caseState.${c.state}`)}</span>
              </span>
              <span className="field-card__line2">
                {c.reports[0]?.address ?? names.cell(area, c.cellCode)}
              </span>
              <span className="field-card__line3">
                <span className="mono">{c.id}</span>
                <TimeLeft sla={slaStatus(c, now, calendar)} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
