// Shown over the map while the wall flies to a new urgent case: what, where, when, the time
// limit (when cases carry one) and the grid worker of its cell.
import { useWords } from '../../i18n/use-words';
import { formatDateTime, formatHourMinute } from '../../format/time';
import { maskName, maskPhone } from '../../format/mask';
import { useNames } from '../../i18n/use-names';
import { categoryColour, toCss } from '../../map/palette';
import { useAreaStore } from '../../state/area-store';
import { useLiveStore } from '../../state/live-store';

export function UrgentCallout({ caseId }: { caseId: string }) {
  const { t, i18n } = useWords();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const c = useLiveStore((s) => s.data.cases.get(caseId));
  if (!c) return null;
  const worker = area?.cellByCode.get(c.cellCode)?.properties.workers[0];
  return (
    <div className="wall-callout" role="alert" data-testid="wall-callout" data-case-id={c.id}>
      <div className="wall-callout__head">
        <span className="wall-callout__pulse" aria-hidden />
        <span className="wall-callout__kind">{t('wall.alert.title')}</span>
        <span className="wall-callout__category" style={{ color: toCss(categoryColour(c.category)) }}>
          {t(`category.${c.category}`)}
        </span>
      </div>
      <dl className="wall-callout__facts">
        <dt>{t('wall.alert.where')}</dt>
        <dd>{names.cell(area, c.cellCode)}</dd>
        <dt>{t('wall.alert.time')}</dt>
        <dd>{formatHourMinute(c.openedAt, i18n.language)}</dd>
        <dt>{t('wall.alert.limit')}</dt>
        <dd className={c.sla ? '' : 'muted'}>
          {c.sla ? formatDateTime(c.sla.deadline, i18n.language) : t('wall.alert.noLimit')}
        </dd>
        <dt>{t('wall.alert.worker')}</dt>
        <dd>{worker ? `${maskName(worker.name)}  ${maskPhone(worker.phone)}` : t('wall.alert.noWorker')}</dd>
      </dl>
    </div>
  );
}
