import { useTranslation } from 'react-i18next';
import type { Feature, Point } from 'geojson';
import type { CameraProps } from '../../../../core/domain/area';
import { useNames } from '../../i18n/use-names';
import type { AreaIndex } from '../../state/area-store';
import { Field, Fields } from './Field';

export function CameraDetails({
  feature,
  area,
}: {
  feature: Feature<Point, CameraProps>;
  area: AreaIndex | null;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const camera = feature.properties;
  return (
    <>
      <h2 className="details__title">{names.camera(area, camera.id)}</h2>
      <div className="details__id">{camera.id}</div>
      <Fields>
        <Field label={t('details.community')}>{names.community(area, camera.communityCode)}</Field>
        <Field label={t('details.cell')}>{names.cell(area, camera.cellCode)}</Field>
        <Field label={t('details.detects')}>
          {camera.detects.map((id) => names.category(id)).join(t('common.listSeparator')) ||
            t('details.none')}
        </Field>
      </Fields>
    </>
  );
}
