// The open case at the desk: what it is, its time left, who else has it open, the actions, the
// recommended people, its reports (as the server sends them: names and phones for dispatchers) and
// its history. With a bulk selection, the bulk bar comes first.
import { useTranslation } from 'react-i18next';
import { slaStatus } from '../../../../core/domain/sla';
import { useNames } from '../../i18n/use-names';
import { categoryColour, toCss } from '../../map/palette';
import { useAreaStore } from '../../state/area-store';
import { phaseOf } from '../../state/case-phase';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { selectCalendar, useRulesStore } from '../../state/rules-store';
import { useNow } from '../../state/use-now';
import { ActionBar } from './ActionBar';
import { ActionForm } from './ActionForm';
import { BulkBar } from './BulkBar';
import { CaseReports, CaseSteps } from './CaseRecord';
import { useDeskStore } from './desk-store';
import { Recommendations } from './Recommendations';
import { TimeLeft } from './TimeLeft';
import { usePresence } from './use-presence';
import type { DeskControl } from './use-desk-control';

export function CaseWork({ control }: { control: DeskControl }) {
  const { t } = useTranslation();
  const open = useDeskStore((s) => s.open);
  const form = useDeskStore((s) => s.form);
  const bulk = useDeskStore((s) => s.selected.size > 0);
  const c = useLiveStore((s) => (open ? s.data.cases.get(open) : undefined));
  return (
    <section className="case-work panel" data-testid="case-work" aria-label={t('desk.caseWork')}>
      {bulk && <BulkBar control={control} />}
      {bulk && form && form.caseIds.length > 1 && <ActionForm key={form.action} form={form} />}
      {!c ? (
        !bulk && <p className="case-work__empty">{t(open ? 'desk.caseGone' : 'desk.pickCase')}</p>
      ) : (
        <OpenCase caseId={c.id} control={control} />
      )}
    </section>
  );
}

function OpenCase({ caseId, control }: { caseId: string; control: DeskControl }) {
  const { t } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const c = useLiveStore((s) => s.data.cases.get(caseId));
  const form = useDeskStore((s) => s.form);
  const others = usePresence(caseId);
  const calendar = useRulesStore(selectCalendar);
  useNow(15_000);
  if (!c) return null;
  const sla = slaStatus(c, serverNowMs(useLiveStore.getState()), calendar);
  const canDispatch = control.ctx.actionsFor([c.id]).includes('dispatch');
  const showForm = form && form.caseIds.length === 1 && form.caseIds[0] === c.id;
  return (
    <div className="open-case" data-testid="open-case" data-case-id={c.id} data-state={c.state}>
      <header className="open-case__head">
        <h2 className="open-case__title">
          <span className="dot" style={{ background: toCss(categoryColour(c.category)) }} />
          {t(`category.${c.category}`)}
          <span className={`severity-chip severity-chip--${c.severity}`}>{t(`severity.${c.severity}`)}</span>
          <span className={`state state--${phaseOf(c.state)}`} data-testid="open-case-state">
            {t(`caseState.${c.state}`)}
          </span>
        </h2>
        <div className="open-case__meta">
          <span className="mono">{c.id}</span>
          <span>
            {names.community(area, c.communityCode)} · {names.cell(area, c.cellCode)}
          </span>
          <TimeLeft sla={sla} />
          {c.assignee && <span>{t('desk.assignedTo', { name: c.assignee.name ?? c.assignee.id })}</span>}
        </div>
        {others.length > 0 && (
          <p className="presence presence--banner" data-testid="case-presence" role="status">
            {t('desk.workingOn', { names: others.map((p) => p.name).join(t('common.listSeparator')) })}
          </p>
        )}
      </header>
      <ActionBar caseIds={[c.id]} control={control} />
      {showForm && <ActionForm key={form.action} form={form} />}
      {!(showForm && form.action === 'dispatch') && (
        <>
          <h3 className="details__section">
            {t('desk.recommended')}
            {canDispatch && <span className="details__count"> · {t('desk.pickHint')}</span>}
          </h3>
          <Recommendations c={c} caseIds={[c.id]} canDispatch={canDispatch} />
        </>
      )}
      <CaseReports c={c} />
      <CaseSteps c={c} />
    </div>
  );
}
