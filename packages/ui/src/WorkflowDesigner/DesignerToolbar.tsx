import type { DesignerT } from './designerTypes';

/** Add stage, undo, redo, delete, save; and what the shortcuts are. */
export function DesignerToolbar(props: {
  t: DesignerT;
  canUndo: boolean;
  canRedo: boolean;
  canDelete: boolean;
  canSave: boolean;
  saveState: { ok: boolean; message?: string } | undefined;
  onAddStage: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onSave: () => void;
}) {
  const { t } = props;
  return (
    <div className="gc-toolbar" role="toolbar" aria-label={t('designer.toolbar')}>
      <button type="button" className="gc-btn gc-btn--primary" onClick={props.onAddStage}>
        {t('designer.addStage')}
      </button>
      <button
        type="button"
        className="gc-btn"
        disabled={!props.canUndo}
        onClick={props.onUndo}
        aria-keyshortcuts="Control+Z"
      >
        {t('designer.undo')}
      </button>
      <button
        type="button"
        className="gc-btn"
        disabled={!props.canRedo}
        onClick={props.onRedo}
        aria-keyshortcuts="Control+Y"
      >
        {t('designer.redo')}
      </button>
      <button
        type="button"
        className="gc-btn gc-btn--danger"
        disabled={!props.canDelete}
        onClick={props.onDelete}
        aria-keyshortcuts="Delete"
      >
        {t('designer.delete')}
      </button>
      {props.canSave && (
        <button type="button" className="gc-btn" onClick={props.onSave}>
          {t('designer.save')}
        </button>
      )}
      <span className="gc-muted gc-toolbar__hint">{t('designer.shortcuts')}</span>
      <span role="status" className={props.saveState?.ok === false ? 'gc-error-text' : 'gc-muted'}>
        {props.saveState?.ok === true && t('designer.saved')}
        {props.saveState?.ok === false &&
          t('designer.saveFailed', { message: props.saveState.message ?? '' })}
      </span>
    </div>
  );
}
