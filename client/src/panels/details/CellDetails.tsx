import { useTranslation } from 'react-i18next';
import type { CellFeature } from '../../../../core/domain/area';
import type { Case } from '../../../../core/domain/model';
import { formatHourMinute } from '../../format/time';
import { useNames } from '../../i18n/use-names';
import type { AreaIndex } from '../../state/area-store';
import { useUiStore } from '../../state/ui-store';
import { Field, Fields } from './Field';

export function CellDetails({
  feature,
  openCases,
  area,
}: {
  feature: CellFeature;
  openCases: readonly Case[];
  area: AreaIndex | null;
}) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const select = useUiStore((s) => s.select);
  const cell = feature.properties;
  const kind = cell.dedicatedFor
    ? t('common.withNote', { text: t(`cellKind.${cell.kind}`), note: t(`dedicatedFor.${cell.dedicatedFor}`) })
    : t(`cellKind.${cell.kind}`);
  return (
    <>
      <h2 className="details__title">{names.cell(area, cell.code)}</h2>
      <Fields>
        <Field label={t('details.code')}>
          <span className="mono">{cell.code}</span>
        </Field>
        <Field label={t('details.community')}>{names.community(area, cell.communityCode)}</Field>
        <Field label={t('details.kind')}>{kind}</Field>
        <Field label={t('details.workers')}>
          {cell.workers.length === 0
            ? t('details.none')
            : cell.workers.map((w) => (
                <div key={w.id}>
                  {w.name} <span className="mono muted">{w.phone}</span>
                </div>
              ))}
        </Field>
        <Field label={t('details.households')}>{cell.households.toLocaleString(i18n.language)}</Field>
        <Field label={t('details.population')}>{cell.population.toLocaleString(i18n.language)}</Field>
        <Field label={t('details.openCases')} testId="cell-open-cases">
          {openCases.length}
        </Field>
      </Fields>
      {openCases.length > 0 && (
        <ol className="details__cases">
          {openCases.slice(0, 8).map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => select({ kind: 'case', id: c.id })}>
                <span>{t(`category.${c.category}`)}</span>
                <span className="muted">{t(`caseState.${c.state}`)}</span>
                <time>{formatHourMinute(c.openedAt, i18n.language)}</time>
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
