import { useId } from 'react';
import type { LintFinding } from '../client/types';
import type { DesignerT } from './designerTypes';
import { type Selection, selectionOfPointer } from './selection';

/** Every lint finding, live, each with a button that selects the element it concerns. */
export function ProblemsPanel(props: {
  t: DesignerT;
  findings: readonly LintFinding[];
  describe: (selection: Selection | undefined) => string;
  onSelect: (selection: Selection) => void;
}) {
  const { t, findings } = props;
  const id = useId();
  return (
    <section className="gc-problems" aria-labelledby={id}>
      <h3 className="gc-subheading" id={id}>
        {t('designer.problems')}
      </h3>
      <p role="status" className={findings.length ? 'gc-error-text' : 'gc-muted'}>
        {findings.length
          ? t('designer.problemCount', { count: findings.length })
          : t('designer.noProblems')}
      </p>
      {findings.length > 0 && (
        <ul className="gc-problems__list">
          {findings.map((f) => {
            const at = selectionOfPointer(f.pointer);
            return (
              <li key={`${f.code}:${f.pointer}`} data-code={f.code}>
                {t('designer.problemAt', { where: props.describe(at), message: f.message })}
                {f.hint && <div className="gc-muted">{f.hint}</div>}
                {at && (
                  <button
                    type="button"
                    className="gc-btn gc-btn--small"
                    onClick={() => props.onSelect(at)}
                  >
                    {t('designer.show')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
