// The actions the signed-in user may take now (core's availableActions, via the desk's context),
// one button each with its key. The same command runs for a click and for the key.
import { useTranslation } from 'react-i18next';
import { CASE_ACTIONS } from '../../../../core/domain/model';
import { useDeskStore } from './desk-store';
import { ACTION_KEYS } from './keymap';
import type { DeskControl } from './use-desk-control';

export function ActionBar({ caseIds, control }: { caseIds: readonly string[]; control: DeskControl }) {
  const { t } = useTranslation();
  const pending = useDeskStore((s) => s.pending > 0);
  const formAction = useDeskStore((s) => s.form?.action);
  // Re-read on every render: the case's state moves with the live data that re-renders this.
  const available = control.ctx.actionsFor(caseIds);
  const actions = CASE_ACTIONS.filter((a) => available.includes(a));
  if (actions.length === 0) return <p className="action-bar__none">{t('desk.noActions')}</p>;
  return (
    <div className="action-bar" role="toolbar" aria-label={t('desk.actions')} data-testid="action-bar">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`action-button action-button--${action}${formAction === action ? ' is-active' : ''}`}
          disabled={pending}
          data-action={action}
          aria-keyshortcuts={ACTION_KEYS[action]}
          onClick={() => control.run({ kind: 'action', action })}
        >
          {t(`desk.action.${action}`)}
          <kbd>{ACTION_KEYS[action].toUpperCase()}</kbd>
        </button>
      ))}
    </div>
  );
}
