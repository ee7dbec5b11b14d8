// One case on the phone: what and where, time left, accept, navigate (the map with my position),
// return with a reason, and mark handled with a note and photos. Buttons come from core's
// availableActions for the signed-in person.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseAction } from '../../../../core/domain/model';
import { slaStatus } from '../../../../core/domain/sla';
import { availableActions } from '../../../../core/domain/transition';
import { formatDateTime } from '../../format/time';
import { useNames } from '../../i18n/use-names';
import { useAreaStore } from '../../state/area-store';
import { phaseOf } from '../../state/case-phase';
import { serverNowMs, useLiveStore } from '../../state/live-store';
import { selectCalendar, useRulesStore } from '../../state/rules-store';
import { useSignedInActor } from '../../state/signed-in-actor';
import { TimeLeft } from '../dispatch/TimeLeft';
import { sendFieldAction, type FieldOutcome } from './field-actions';
import { FieldMap } from './FieldMap';
import { PhotoPicker, type PickedPhoto } from './PhotoPicker';

type Panel = 'none' | 'map' | 'handle' | 'return';

export function FieldCase({ c, onBack }: { c: Case; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const area = useAreaStore((s) => s.area);
  const actor = useSignedInActor();
  const calendar = useRulesStore(selectCalendar);
  const [panel, setPanel] = useState<Panel>('none');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<FieldOutcome | null>(null);
  const actions = actor ? availableActions(c, actor) : [];
  const can = (a: CaseAction) => actions.includes(a);
  const refs = photos.flatMap((p) => (p.ref ? [p.ref] : []));
  const uploading = photos.some((p) => !p.ref && !p.error);
  const report = c.reports[0];

  const send = async (action: CaseAction, input: Parameters<typeof sendFieldAction>[2] = {}) => {
    setSending(true);
    const result = await sendFieldAction(c, action, input);
    setSending(false);
    setOutcome(result);
    if (result.ok) {
      setPanel('none');
      setPhotos([]);
      setNote('');
      setReason('');
    }
  };

  return (
    <article className="field-case" data-testid="field-case" data-case-id={c.id} data-state={c.state}>
      <button type="button" className="field-back" onClick={onBack}>
        ‹ {t('field.back')}
      </button>
      <h2 className="field-case__title">
        {t(`category.${c.category}`)}
        <span className={`state state--${phaseOf(c.state)}`} data-testid="field-case-state">
          {t(`caseState.${c.state}`)}
        </span>
      </h2>
      <p className="field-case__where">
        {report?.address ?? names.cell(area, c.cellCode)} · {names.community(area, c.communityCode)}
      </p>
      <p className="field-case__text">{report?.description || t('details.noDescription')}</p>
      <p className="field-case__meta">
        <span className="mono">{c.id}</span>
        <time>{formatDateTime(c.openedAt, i18n.language)}</time>
        <TimeLeft sla={slaStatus(c, serverNowMs(useLiveStore.getState()), calendar)} />
      </p>

      {outcome && (
        <p
          className={`field-outcome field-outcome--${outcome.ok ? 'ok' : 'error'}`}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="field-outcome"
        >
          {outcome.ok ? t('field.sent') : t('field.refused', { reason: outcome.reason })}
        </p>
      )}

      <div className="field-actions">
        {can('accept') && (
          <button
            type="button"
            className="field-button field-button--primary"
            disabled={sending}
            onClick={() => void send('accept')}
            data-action="accept"
          >
            {t('desk.action.accept')}
          </button>
        )}
        <button
          type="button"
          className="field-button field-button--secondary"
          onClick={() => setPanel(panel === 'map' ? 'none' : 'map')}
          data-action="navigate"
        >
          {t('field.navigate')}
        </button>
        {can('handle') && (
          <button
            type="button"
            className="field-button field-button--primary"
            onClick={() => setPanel('handle')}
            data-action="handle"
          >
            {t('field.markHandled')}
          </button>
        )}
        {can('return') && (
          <button
            type="button"
            className="field-button field-button--quiet"
            onClick={() => setPanel('return')}
            data-action="return"
          >
            {t('desk.action.return')}
          </button>
        )}
      </div>

      {panel === 'map' && <FieldMap c={c} />}

      {panel === 'handle' && (
        <section className="field-form" data-testid="handle-form">
          <label className="field-form__label">
            {t('field.note')}
            <textarea
              value={note}
              rows={3}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('field.notePlaceholder')}
              data-testid="handle-note"
            />
          </label>
          <PhotoPicker photos={photos} setPhotos={setPhotos} />
          <button
            type="button"
            className="field-button field-button--primary"
            disabled={sending || uploading || !note.trim() || refs.length === 0}
            onClick={() => void send('handle', { note, photos: refs })}
            data-testid="handle-submit"
          >
            {sending ? t('field.sending') : t('field.submitHandled')}
          </button>
          {(!note.trim() || refs.length === 0) && (
            <p className="field-form__hint">{t('field.handleNeeds')}</p>
          )}
        </section>
      )}

      {panel === 'return' && (
        <section className="field-form" data-testid="return-form">
          <label className="field-form__label">
            {t('desk.form.reason')}
            <textarea
              value={reason}
              rows={3}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('field.returnPlaceholder')}
              data-testid="return-reason"
            />
          </label>
          <button
            type="button"
            className="field-button field-button--primary"
            disabled={sending || !reason.trim()}
            onClick={() => void send('return', { reason })}
            data-testid="return-submit"
          >
            {t('field.submitReturn')}
          </button>
        </section>
      )}
    </article>
  );
}
