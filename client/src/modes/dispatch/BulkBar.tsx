// Several cases chosen (x or shift-click): what may be done to all of them at once.
import { useTranslation } from 'react-i18next';
import { targetsOf } from './desk-keys';
import { useDeskStore } from './desk-store';
import { ActionBar } from './ActionBar';
import type { DeskControl } from './use-desk-control';

export function BulkBar({ control }: { control: DeskControl }) {
  const { t } = useTranslation();
  const selected = useDeskStore((s) => s.selected);
  const caseIds = targetsOf({ ...useDeskStore.getState(), selected }, control.ctx.queue);
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <div className="bulk-bar__head">
        <strong>{t('desk.nSelected', { n: caseIds.length })}</strong>
        <button
          type="button"
          className="link-button"
          onClick={() => control.run({ kind: 'clear-selection' })}
        >
          {t('desk.clearSelection')} <kbd>X</kbd>
        </button>
      </div>
      <ActionBar caseIds={caseIds} control={control} />
    </div>
  );
}
