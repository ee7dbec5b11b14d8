// The small inline form of an action that needs input: a reason (reject, return, failed check,
// backlog), a new deadline (postpone) or a person (dispatch: 1–9 or a click). Enter sends, Esc cancels.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleOf } from '../../../../core/domain/workflow';
import type { Case } from '../../../../core/domain/model';
import { useLiveStore } from '../../state/live-store';
import { runDeskAction } from './desk-actions';
import { useDeskStore, type DeskStore } from './desk-store';
import { Recommendations } from './Recommendations';
import { defaultDeadlineInput, deadlineFromInput } from './deadline-input';

export function ActionForm({ form }: { form: NonNullable<DeskStore['form']> }) {
  const { t } = useTranslation();
  const rule = ruleOf(form.action);
  const needs = new Set(rule?.requires ?? []);
  const first = useLiveStore((s) => s.data.cases.get(form.caseIds[0] ?? ''));
  const [reason, setReason] = useState('');
  const [deadline, setDeadline] = useState(() => defaultDeadlineInput(first ?? null, Date.now()));
  const [invalid, setInvalid] = useState<'reason' | 'deadline' | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => reasonRef.current?.focus(), []);

  const close = () => useDeskStore.getState().openForm(null);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (needs.has('reason') && !reason.trim()) return setInvalid('reason');
    const iso = needs.has('deadline') ? deadlineFromInput(deadline) : undefined;
    if (needs.has('deadline') && !iso) return setInvalid('deadline');
    close();
    void runDeskAction(form.action, form.caseIds, {
      ...(needs.has('reason') ? { reason } : {}),
      ...(iso ? { deadline: iso } : {}),
    });
  };

  return (
    <form className="action-form" onSubmit={submit} data-testid="action-form" data-action={form.action}>
      <div className="action-form__title">
        {t(`desk.action.${form.action}`)}
        {form.caseIds.length > 1 && (
          <span className="muted"> · {t('desk.nCases', { n: form.caseIds.length })}</span>
        )}
      </div>
      {needs.has('assignee') && <DispatchChoice c={first ?? null} caseIds={form.caseIds} />}
      {needs.has('reason') && (
        <label className="action-form__field">
          <span>{t('desk.form.reason')}</span>
          <textarea
            ref={reasonRef}
            value={reason}
            rows={2}
            aria-invalid={invalid === 'reason'}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) submit(e as unknown as FormEvent);
            }}
            data-testid="form-reason"
          />
        </label>
      )}
      {needs.has('deadline') && (
        <label className="action-form__field">
          <span>{t('desk.form.deadline')}</span>
          <input
            type="datetime-local"
            value={deadline}
            aria-invalid={invalid === 'deadline'}
            onChange={(e) => setDeadline(e.target.value)}
            data-testid="form-deadline"
          />
        </label>
      )}
      {invalid && <p className="action-form__error">{t(`desk.form.missing.${invalid}`)}</p>}
      <div className="action-form__buttons">
        {!needs.has('assignee') && (
          <button type="submit" className="action-button action-button--primary">
            {t('desk.form.send')} <kbd>Enter</kbd>
          </button>
        )}
        <button type="button" className="action-button" onClick={close}>
          {t('desk.form.cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}

function DispatchChoice({ c, caseIds }: { c: Case | null; caseIds: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="action-form__field">
      <span>{t('desk.form.pickPerson')}</span>
      <Recommendations c={c} caseIds={caseIds} compact />
    </div>
  );
}
