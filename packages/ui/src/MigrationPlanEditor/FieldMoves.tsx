import type { FieldMove } from '@gridcase/engine';
import type { UiT } from '../i18n/useT';
import type { planEditorMessages } from './messages';

type T = UiT<typeof planEditorMessages>;

/** The plan's field moves: old field -> new field, one row each, with add and remove. */
export function FieldMoves(props: {
  fields: FieldMove[];
  oldFields: string[];
  newFields: string[];
  listId: string;
  onChange: (fields: FieldMove[]) => void;
  t: T;
}) {
  const { fields, t, listId } = props;
  const set = (i: number, change: Partial<FieldMove>) =>
    props.onChange(fields.map((f, j) => (j === i ? { ...f, ...change } : f)));
  return (
    <fieldset className="gc-plan-editor__fields">
      <legend className="gc-subheading">{t('planEditor.fields')}</legend>
      <p className="gc-muted">{t('planEditor.fieldsHint')}</p>
      <datalist id={`${listId}-old`}>
        {props.oldFields.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <datalist id={`${listId}-new`}>
        {props.newFields.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      {fields.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; order is the identity
        <fieldset key={i} className="gc-plan-editor__move">
          <legend className="gc-visually-hidden">{t('planEditor.fieldRow', { n: i + 1 })}</legend>
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('planEditor.fieldFrom')}</span>
            <input
              className="gc-control"
              list={`${listId}-old`}
              value={f.from}
              onChange={(e) => set(i, { from: e.target.value })}
            />
          </label>
          <label className="gc-labelled">
            <span className="gc-labelled__text">{t('planEditor.fieldTo')}</span>
            <input
              className="gc-control"
              list={`${listId}-new`}
              value={f.to}
              onChange={(e) => set(i, { to: e.target.value })}
            />
          </label>
          <button
            type="button"
            className="gc-btn"
            aria-label={t('planEditor.removeField', { n: i + 1 })}
            onClick={() => props.onChange(fields.filter((_, j) => j !== i))}
          >
            {t('common.delete')}
          </button>
        </fieldset>
      ))}
      <div className="gc-button-row">
        <button
          type="button"
          className="gc-btn"
          onClick={() => props.onChange([...fields, { from: '', to: '' }])}
        >
          {t('planEditor.addField')}
        </button>
      </div>
    </fieldset>
  );
}
