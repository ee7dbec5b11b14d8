// The briefing's header: title, the range (today, 7 days, 30 days, custom), and the actions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../../panels/LanguageToggle';
import { fromShanghaiInput, toShanghaiInput } from './brief-time';
import { RANGE_KINDS, type BriefView } from './brief-view';

export function BriefHeader(props: {
  view: BriefView;
  fromMs: number;
  toMs: number;
  onChange: (change: Partial<BriefView>) => void;
  onExportPng: () => void;
  onExportPdf: () => void;
  pdfState: 'idle' | 'making' | 'failed';
  /** The map has drawn and the history is read. */
  canExport: boolean;
  /** The range, filter and time made, shown only on paper (the controls are not printed). */
  printLine: string;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => toShanghaiInput(props.fromMs));
  const [to, setTo] = useState(() => toShanghaiInput(props.toMs));
  const [copied, setCopied] = useState(false);
  const applyCustom = () => {
    const f = fromShanghaiInput(from);
    const tt = fromShanghaiInput(to);
    if (f !== null && tt !== null && f < tt)
      props.onChange({ range: 'custom', from: f, to: tt, at: null, community: props.view.community });
  };
  const copyLink = () => {
    void navigator.clipboard?.writeText(location.href).then(() => setCopied(true));
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <header className="brief-header">
      <div className="brief-header__brand">
        <h1 className="brief-header__title">{t('brief.title')}</h1>
        <span className="brief-header__subtitle">{t('brief.subtitle')}</span>
      </div>
      <span className="brief-header__print">{props.printLine}</span>
      <div className="brief-header__range">
        <div className="brief-segmented" role="group" aria-label={t('brief.range')}>
          {RANGE_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={props.view.range === kind}
              data-testid={`brief-range-${kind}`}
              onClick={() =>
                kind === 'custom'
                  ? applyCustom()
                  : props.onChange({ range: kind, from: null, to: null, at: null })
              }
            >
              {t(`brief.${kind}`)}
            </button>
          ))}
        </div>
        <label className="brief-header__date">
          {t('brief.from')}
          <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="brief-header__date">
          {t('brief.to')}
          <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <div className="brief-header__actions">
        <button type="button" className="brief-button" onClick={copyLink} data-testid="brief-copy-link">
          {copied ? t('brief.copied') : t('brief.copyLink')}
        </button>
        <button
          type="button"
          className="brief-button"
          onClick={props.onExportPng}
          disabled={!props.canExport}
          data-testid="brief-export-png"
        >
          {t('brief.exportPng')}
        </button>
        <button
          type="button"
          className="brief-button"
          onClick={props.onExportPdf}
          disabled={!props.canExport || props.pdfState === 'making'}
          title={props.pdfState === 'failed' ? t('brief.exportFailed') : undefined}
          data-testid="brief-export-pdf"
          data-state={props.pdfState}
        >
          {props.pdfState === 'making'
            ? t('brief.exportingPdf')
            : props.pdfState === 'failed'
              ? t('brief.exportFailed')
              : t('brief.exportPdf')}
        </button>
        <a className="brief-button" href="/">
          {t('brief.back')}
        </a>
        <LanguageToggle />
      </div>
    </header>
  );
}
