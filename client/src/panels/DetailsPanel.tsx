// The details of what was clicked on the map or in a list.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreaStore } from '../state/area-store';
import { serverNowMs, useLiveStore } from '../state/live-store';
import { selectOpenCasesInCell, selectOpenHazardsOf } from '../state/selectors';
import { useUiStore, type PickRef } from '../state/ui-store';
import { CameraDetails } from './details/CameraDetails';
import { CaseDetails } from './details/CaseDetails';
import { CellDetails } from './details/CellDetails';
import { EnterpriseDetails } from './details/EnterpriseDetails';
import './details.css';

export function DetailsPanel() {
  const { t } = useTranslation();
  const selected = useUiStore((s) => s.selected);
  const select = useUiStore((s) => s.select);

  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && select(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);

  if (!selected) return null;
  return (
    <aside
      className="details panel"
      data-testid="details"
      data-kind={selected.kind}
      aria-label={t(`detailsKind.${selected.kind}`)}
    >
      <button
        type="button"
        className="details__close"
        onClick={() => select(null)}
        aria-label={t('details.close')}
      >
        ×
      </button>
      <div className="details__kind">{t(`detailsKind.${selected.kind}`)}</div>
      <DetailsBody selected={selected} />
    </aside>
  );
}

function DetailsBody({ selected }: { selected: PickRef }) {
  const { t } = useTranslation();
  const area = useAreaStore((s) => s.area);
  const live = useLiveStore((s) => s.data);
  const missing = <p className="details__empty">{t('details.notFound')}</p>;
  switch (selected.kind) {
    case 'case': {
      const c = live.cases.get(selected.id);
      return c ? <CaseDetails value={c} area={area} /> : missing;
    }
    case 'enterprise': {
      const feature = area?.enterpriseById.get(selected.id);
      if (!feature) return missing;
      return (
        <EnterpriseDetails
          feature={feature}
          state={live.enterprises.get(selected.id)}
          hazards={selectOpenHazardsOf(live, selected.id)}
          serverNow={serverNowMs(useLiveStore.getState())}
          area={area}
        />
      );
    }
    case 'cell': {
      const feature = area?.cellByCode.get(selected.id);
      return feature ? (
        <CellDetails feature={feature} openCases={selectOpenCasesInCell(live, selected.id)} area={area} />
      ) : (
        missing
      );
    }
    case 'camera': {
      const feature = area?.cameraById.get(selected.id);
      return feature ? <CameraDetails feature={feature} area={area} /> : missing;
    }
  }
}
