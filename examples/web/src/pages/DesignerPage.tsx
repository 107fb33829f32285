import type { WorkflowDefinition } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import { FormDesigner, WorkflowDesigner } from '@gridcase/ui';
import { useEffect, useId, useState } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { followLink } from '../router/router';
import { useSession } from '../session/SessionContext';
import { useAsync } from '../shared/useAsync';
import { type DesignerTab, DesignerToolbar } from './DesignerToolbar';
import { StatusMessage } from './StatusMessage';

type Message = { kind: 'ok' | 'error'; text: string };

/**
 * Edits one process: the workflow designer and the form designer on one working copy (the
 * draft, else the latest version), saved as the draft and published as a new version.
 */
export function DesignerPage({ definitionId }: { definitionId: string }) {
  const { t, locale } = useLocale();
  const { client, profile } = useSession();
  const id = useId();
  const loaded = useAsync(
    () =>
      client
        .getDefinition(definitionId, 'draft')
        .catch(() => client.getDefinition(definitionId, 'latest')),
    [client, definitionId],
  );
  // `base` feeds the designers (a new object restarts their undo history); `current` follows edits
  const [base, setBase] = useState<WorkflowDefinition>();
  const [current, setCurrent] = useState<WorkflowDefinition>();
  const [tab, setTab] = useState<DesignerTab>('process');
  const [formId, setFormId] = useState<string>();
  const [message, setMessage] = useState<Message>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.data) {
      setBase(loaded.data.definition);
      setCurrent(loaded.data.definition);
    }
  }, [loaded.data]);

  if (!profile) return null;
  const working = current ?? base;
  const forms = working ? Object.keys(working.forms) : [];
  const form = formId && working?.forms[formId] ? formId : forms[0];

  const switchTab = (next: DesignerTab) => {
    if (current) setBase(current);
    setTab(next);
  };
  const save = async (definition: WorkflowDefinition) => {
    const { findings } = await client.saveDraft(definitionId, definition);
    setMessage({
      kind: findings.length ? 'error' : 'ok',
      text: findings.length
        ? t('designer.savedWithFindings', { count: findings.length })
        : t('designer.saved'),
    });
    return findings;
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await work();
    } catch (err) {
      setMessage({
        kind: 'error',
        text: t('designer.failed', { message: (err as Error).message }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="app-page app-designer">
      <header className="app-page-header">
        <h1>
          {t('designer.title')}
          {working ? ` · ${localize(working.title, locale)}` : ''}
        </h1>
        <p className="app-lead">{t('designer.lead')}</p>
        <p className="app-muted">
          <a href={`/designer/${encodeURIComponent(definitionId)}/migrate`} onClick={followLink}>
            {t('designer.migrate')}
          </a>{' '}
          {t('designer.migrateNote')}
        </p>
      </header>
      <StatusMessage state={loaded} />
      {working && (
        <>
          <DesignerToolbar
            tab={tab}
            busy={busy}
            onTab={switchTab}
            onSave={() => run(async () => void (await save(working)))}
            onPublish={() =>
              run(async () => {
                const findings = await save(working);
                if (findings.length) return;
                const published = await client.publishDefinition(definitionId);
                setMessage({
                  kind: 'ok',
                  text: t('designer.publishedNow', { version: published.version }),
                });
              })
            }
          />
          {message && (
            <p className={message.kind === 'ok' ? 'app-success' : 'app-error'} role="status">
              {message.text}
            </p>
          )}
          {tab === 'process' && base && (
            <WorkflowDesigner
              definition={base}
              roles={profile.county.roles}
              onChange={setCurrent}
              onSave={async (definition) => {
                setCurrent(definition);
                await run(async () => void (await save(definition)));
              }}
              height={560}
            />
          )}
          {tab === 'forms' && form && (
            <>
              <div className="app-fields app-fields--inline">
                <label htmlFor={`${id}-form`}>{t('designer.form')}</label>
                <select id={`${id}-form`} value={form} onChange={(e) => setFormId(e.target.value)}>
                  {forms.map((f) => (
                    <option key={f} value={f}>
                      {localize(working.forms[f]!.title, locale)}
                    </option>
                  ))}
                </select>
              </div>
              <FormDesigner
                key={form}
                form={working.forms[form]!}
                onChange={(next) =>
                  setCurrent((prev) => {
                    const def = prev ?? working;
                    return { ...def, forms: { ...def.forms, [form]: next } };
                  })
                }
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
