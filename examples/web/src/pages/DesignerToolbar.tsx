import { useLocale } from '../i18n/LocaleContext';

export type DesignerTab = 'process' | 'forms';

/**
 * The designer page's bar: the process / forms tabs, "save draft" (on the forms tab; the
 * workflow designer has its own) and "publish a new version".
 */
export function DesignerToolbar(props: {
  tab: DesignerTab;
  busy: boolean;
  onTab(tab: DesignerTab): void;
  onSave(): void;
  onPublish(): void;
}) {
  const { t } = useLocale();
  const tab = (id: DesignerTab, label: 'designer.tabProcess' | 'designer.tabForms') => (
    <button
      type="button"
      role="tab"
      aria-selected={props.tab === id}
      onClick={() => props.onTab(id)}
    >
      {t(label)}
    </button>
  );
  return (
    <div className="app-toolbar">
      <div className="app-tabs" role="tablist">
        {tab('process', 'designer.tabProcess')}
        {tab('forms', 'designer.tabForms')}
      </div>
      <div className="app-toolbar-actions">
        {props.tab === 'forms' && (
          <button type="button" disabled={props.busy} onClick={props.onSave}>
            {t('designer.saveDraft')}
          </button>
        )}
        <button
          type="button"
          className="app-primary"
          disabled={props.busy}
          onClick={props.onPublish}
        >
          {t('designer.publish')}
        </button>
      </div>
    </div>
  );
}
