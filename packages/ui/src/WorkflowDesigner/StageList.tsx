import type { DesignerT, StageOption } from './designerTypes';
import type { Selection } from './selection';

/** Every stage as a button with its problem count: the keyboard way to reach a stage. */
export function StageList(props: {
  t: DesignerT;
  stages: StageOption[];
  problemCount: (path: string[]) => number;
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
}) {
  const { t } = props;
  const selected = props.selection?.kind === 'stage' ? props.selection.path.join('/') : undefined;
  return (
    <nav className="gc-stage-list" aria-label={t('designer.stages')}>
      <h3 className="gc-subheading">{t('designer.stages')}</h3>
      {props.stages.length === 0 ? (
        <p className="gc-muted">{t('designer.noStages')}</p>
      ) : (
        <ul>
          {props.stages.map((s) => {
            const count = props.problemCount(s.path);
            return (
              <li key={s.path.join('/')} style={{ paddingLeft: `${(s.path.length - 1) * 12}px` }}>
                <button
                  type="button"
                  className="gc-stage-list__item"
                  aria-current={selected === s.path.join('/') ? 'true' : undefined}
                  onClick={() => props.onSelect({ kind: 'stage', path: s.path })}
                >
                  {s.title}
                  {count > 0 && (
                    <span className="gc-badge gc-badge--overdue">
                      {t('designer.problemsOf', { count })}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
