import { localize } from '@gridcase/forms/i18n';
import type { CaseDetail } from '../client/types';
import type { UiT } from '../i18n/useT';
import { DueBadge } from '../shared/DueBadge';
import { caseDue } from '../shared/dueStatus';
import type { caseViewMessages } from './messages';

type T = UiT<typeof caseViewMessages>;

/** When the case fell or falls due (the engine's rule: a breached stage stays due until left). */
export function nextBreach(detail: CaseDetail): string | undefined {
  return caseDue({ ...detail.case, deadlines: detail.deadlines });
}

/** Stage, handler, area, co-handling agencies, deadline, supervision, outcome. */
export function CaseFacts(props: { t: T; detail: CaseDetail; now: Date }) {
  const { t, detail, now } = props;
  const loc = t.locale;
  const ctx = detail.case.context;
  const name = (texts: Record<string, { 'zh-CN': string; en: string }> | undefined, id: string) =>
    texts?.[id] ? localize(texts[id], loc) : id;
  const assignee = ctx.assignee;
  const warn = detail.deadlines
    .filter((d) => d.kind === 'warn')
    .map((d) => d.dueAt)
    .sort()[0];
  const due = nextBreach(detail);
  const area = detail.case.areaPath.at(-1);
  return (
    <dl className="gc-facts">
      <div>
        <dt>{t('case.stage')}</dt>
        <dd>{detail.stages.map((s) => localize(s.title, loc)).join('、') || '—'}</dd>
      </div>
      <div>
        <dt>{t('case.assignee')}</dt>
        <dd>
          {assignee
            ? assignee.userId
              ? t('case.assigneeWho', {
                  role: name(detail.roles, assignee.role),
                  user: detail.people?.[assignee.userId] ?? assignee.userId,
                })
              : name(detail.roles, assignee.role)
            : t('case.unassigned')}
        </dd>
      </div>
      <div>
        <dt>{t('case.area')}</dt>
        <dd>{area ? name(detail.areas, area) : '—'}</dd>
      </div>
      <div>
        <dt>{t('case.coHandlers')}</dt>
        <dd>
          {ctx.coHandlers.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="gc-inline-list">
              {ctx.coHandlers.map((c) => (
                <li key={c.agency}>
                  {name(detail.agencies, c.agency)}
                  <span className="gc-badge gc-badge--neutral">
                    {c.lead ? t('case.lead') : t('case.assisting')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('case.deadline')}</dt>
        <dd>
          <DueBadge
            now={now}
            locale={loc}
            {...(due ? { dueAt: due } : {})}
            {...(warn ? { warnAt: warn } : {})}
          />
        </dd>
      </div>
      {ctx.supervision > 0 && (
        <div>
          <dt>{t('case.supervision')}</dt>
          <dd>{ctx.supervision}</dd>
        </div>
      )}
      {ctx.outcome && (
        <div>
          <dt>{t('case.outcome')}</dt>
          <dd>{ctx.outcome}</dd>
        </div>
      )}
    </dl>
  );
}
