import type { WorkflowDefinition } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import { type CaseDetail, CaseView } from '@gridcase/ui';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { followLink } from '../router/router';
import { useSession } from '../session/SessionContext';
import { definitionLabels } from '../shared/definitionLabels';
import { scopeAreas } from '../shared/scopeAreas';

const ProcessDiagram = lazy(() => import('./ProcessDiagram'));

/**
 * One case: the case view (facts, actions with their forms, comments, attachments, history)
 * and the process it runs on, its current stage highlighted.
 */
export function CaseViewPage({ caseId }: { caseId: string }) {
  const { t, locale } = useLocale();
  const { client, profile, now } = useSession();
  const [detail, setDetail] = useState<CaseDetail>();
  const [definition, setDefinition] = useState<WorkflowDefinition>();

  useEffect(() => {
    let live = true;
    setDetail(undefined);
    client.getCase(caseId).then(
      (d) => live && setDetail(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, caseId]);

  const definitionId = detail?.definition.id;
  const version = detail?.definition.version;
  useEffect(() => {
    if (!definitionId || version === undefined) return;
    let live = true;
    client.getDefinition(definitionId, version).then(
      (v) => live && setDefinition(v.definition),
      () => live && setDefinition(undefined),
    );
    return () => {
      live = false;
    };
  }, [client, definitionId, version]);

  const labels = useMemo(() => definition && definitionLabels(definition), [definition]);
  if (!profile) return null;
  return (
    <section className="app-page">
      <p>
        <a href="/worklist" onClick={followLink} className="app-back">
          ← {t('case.back')}
        </a>
      </p>
      <CaseView
        key={caseId}
        caseId={caseId}
        now={now()}
        {...(labels ? { stageTitles: labels.stageTitles, fieldLabels: labels.fieldLabels } : {})}
        areaOptions={scopeAreas(profile.county, profile.user.roles)}
        onCommand={async (command, current) => {
          const next = await client.runCommand(current.case.id, command, {
            ifMatch: current.case.version,
          });
          setDetail(next);
          return next;
        }}
        onUploadFormFile={async (file) => {
          const stored = await client.uploadAttachment(caseId, file, file.name);
          return { id: stored.id, name: stored.name };
        }}
      />
      {detail && definition && (
        <section className="app-card app-process" aria-labelledby="process-heading">
          <h2 id="process-heading">{t('case.process')}</h2>
          <p className="app-muted">
            {t('case.processVersion', {
              title: localize(definition.title, locale),
              version: detail.definition.version,
            })}
          </p>
          <Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}>
            <ProcessDiagram definition={definition} currentStages={detail.case.stages} />
          </Suspense>
        </section>
      )}
    </section>
  );
}
