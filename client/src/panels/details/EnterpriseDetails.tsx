import { useTranslation } from 'react-i18next';
import type { Feature, Point } from 'geojson';
import type { EnterpriseProps } from '../../../../core/domain/area';
import { isHazardOverdue } from '../../../../core/domain/enterprise-status';
import type { EnterpriseState, Hazard } from '../../../../core/domain/model';
import { formatDateTime } from '../../format/time';
import { useNames } from '../../i18n/use-names';
import { ENTERPRISE_STATUS_COLOUR, RISK_COLOUR, toCss } from '../../map/palette';
import type { AreaIndex } from '../../state/area-store';
import { Field, Fields } from './Field';

export function EnterpriseDetails(props: {
  feature: Feature<Point, EnterpriseProps>;
  state: EnterpriseState | undefined;
  hazards: Hazard[];
  serverNow: number;
  area: AreaIndex | null;
}) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const { feature, state, hazards, serverNow, area } = props;
  const e = feature.properties;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('details.none'));
  const plant = e.rentedPlant
    ? e.rentedPlantStandardized
      ? t('details.rentedPlantStandardized')
      : t('details.rentedPlant')
    : t('details.ownPlant');
  return (
    <>
      <h2 className="details__title">
        {state && (
          <span
            className={`square${state.status === 'inspection-due' ? ' square--outline' : ''}`}
            style={{ ['--swatch' as string]: toCss(ENTERPRISE_STATUS_COLOUR[state.status]) }}
          />
        )}
        {e.name}
      </h2>
      <div className="details__id">{e.id}</div>
      <Fields>
        <Field label={t('details.status')} testId="enterprise-status">
          {state ? t(`enterpriseStatus.${state.status}`) : '—'}
        </Field>
        <Field label={t('details.creditCode')}>
          <span className="mono">{e.creditCode}</span>
        </Field>
        <Field label={t('details.industry')}>{e.industry}</Field>
        <Field label={t('details.risk')}>
          <span className="dot" style={{ background: toCss(RISK_COLOUR[e.risk]) }} />
          {t(`risk.${e.risk}`)}
        </Field>
        <Field label={t('details.standardization')}>{t(`standardization.${e.standardization}`)}</Field>
        <Field label={t('details.rentedPlant')}>{plant}</Field>
        <Field label={t('details.fireVenue')}>
          {e.fireVenue ? t(`fireVenue.${e.fireVenue}`) : t('details.notFireVenue')}
        </Field>
        {e.park && <Field label={t('details.park')}>{e.park}</Field>}
        <Field label={t('details.community')}>{names.community(area, e.communityCode)}</Field>
        <Field label={t('details.lastInspection')}>{when(state?.lastInspectionAt ?? null)}</Field>
        <Field label={t('details.nextInspection')}>{when(state?.nextInspectionDue ?? null)}</Field>
      </Fields>

      <h3 className="details__section">
        {t('details.openHazards')} <span className="details__count">{hazards.length}</span>
      </h3>
      {hazards.length === 0 && <p className="details__empty">{t('details.noOpenHazards')}</p>}
      <ol className="details__hazards">
        {hazards.map((h) => {
          const overdue = isHazardOverdue(h, serverNow);
          return (
            <li key={h.id} className={`hazard hazard--${h.level}${overdue ? ' is-overdue' : ''}`}>
              <div className="hazard__head">
                <span className="hazard__level">{t(`hazardLevel.${h.level}`)}</span>
                <span className="hazard__campaign">{t(`campaign.${h.campaign}`)}</span>
              </div>
              <p className="hazard__text">{h.description}</p>
              <div className="hazard__deadline">
                {t('common.labelled', { label: t('details.deadline'), value: when(h.deadline) })}
                {overdue && <span className="badge badge--urgent">{t('details.overdue')}</span>}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
