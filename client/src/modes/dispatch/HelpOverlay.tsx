// The keys of the desk (the `?` overlay): navigation from the keymap, and one key per action.
import { useTranslation } from 'react-i18next';
import { CASE_ACTIONS } from '../../../../core/domain/model';
import { ACTION_KEYS, HELP_ROWS } from './keymap';
import { useDeskStore } from './desk-store';

export function HelpOverlay() {
  const { t } = useTranslation();
  const open = useDeskStore((s) => s.help);
  if (!open) return null;
  return (
    <div
      className="help-overlay"
      role="dialog"
      aria-modal="true"
      aria-label={t('desk.help.title')}
      data-testid="help-overlay"
      onClick={(event) => event.target === event.currentTarget && useDeskStore.setState({ help: false })}
    >
      <div className="help-overlay__card panel">
        <h2 className="panel__title">{t('desk.help.title')}</h2>
        <div className="help-overlay__columns">
          <dl className="help-keys">
            {HELP_ROWS.map((row) => (
              <div key={row.does} className="help-keys__row">
                <dt>
                  {row.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dt>
                <dd>{t(`desk.keys.${row.does}` as never)}</dd>
              </div>
            ))}
          </dl>
          <dl className="help-keys">
            {CASE_ACTIONS.map((action) => (
              <div key={action} className="help-keys__row">
                <dt>
                  <kbd>{ACTION_KEYS[action]}</kbd>
                </dt>
                <dd>{t(`desk.action.${action}`)}</dd>
              </div>
            ))}
          </dl>
        </div>
        <p className="help-overlay__note">{t('desk.help.note')}</p>
      </div>
    </div>
  );
}
