import type { ReactNode } from 'react';

/** A titled box of the wall. `data-wall-panel` marks it for the layout checks of the browser test. */
export function WallPanel(props: {
  id: string;
  title: ReactNode;
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`wall-panel ${props.className ?? ''}`}
      data-wall-panel={props.id}
      aria-label={props.id}
    >
      <h2 className="wall-panel__title">
        <span>{props.title}</span>
        {props.aside !== undefined && <span className="wall-panel__aside">{props.aside}</span>}
      </h2>
      {props.children}
    </section>
  );
}

export type Tone = 'calm' | 'warn' | 'alert';

/** A number with its label. Calm unless the value is abnormal: only then amber or red. */
export function Stat(props: {
  label: ReactNode;
  value: ReactNode;
  unit?: ReactNode;
  tone?: Tone;
  note?: ReactNode;
  testId?: string;
  size?: 'lg' | 'md';
}) {
  return (
    <div className={`wall-stat wall-stat--${props.tone ?? 'calm'} wall-stat--${props.size ?? 'lg'}`}>
      <span className="wall-stat__label">{props.label}</span>
      <span className="wall-stat__figure">
        <span className="wall-stat__value" data-testid={props.testId}>
          {props.value}
        </span>
        {props.unit && <span className="wall-stat__unit">{props.unit}</span>}
      </span>
      {props.note && <span className="wall-stat__note">{props.note}</span>}
    </div>
  );
}
