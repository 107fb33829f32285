import type {
  CaseRecord,
  HistoryEntry,
  StateNodeConfig,
  WorkflowDefinition,
} from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';

/** What a citizen sees of their own case: built field by field from an allow-list. */
export interface PublicStatus {
  trackingCode: string;
  caseType: string;
  title: LocalizedText;
  stage: { id: string; title: LocalizedText };
  status: 'open' | 'closed';
  outcome?: { id: string; title: LocalizedText };
  submittedAt: string;
  updatedAt: string;
  steps: Array<{ at: string; title: LocalizedText }>;
  canRate: boolean;
  rating?: { score: number; at: string };
}

const IN_PROGRESS: LocalizedText = { 'zh-CN': '处理中', en: 'In progress' };
const RECEIVED: LocalizedText = { 'zh-CN': '已收到您的反映', en: 'Report received' };
const REOPENED: LocalizedText = { 'zh-CN': '重新办理', en: 'Taken up again' };
const RATED: LocalizedText = { 'zh-CN': '您已评价', en: 'You rated it' };

const tops = new WeakMap<WorkflowDefinition, Map<string, string>>();

/** Every state node id mapped to its top-level stage key (cached per definition). */
function topStages(definition: WorkflowDefinition): Map<string, string> {
  const cached = tops.get(definition);
  if (cached) return cached;
  const map = new Map<string, string>();
  const visit = (node: StateNodeConfig, path: string[], top: string) => {
    map.set(node.id ?? [definition.machine.id, ...path].join('.'), top);
    for (const [key, child] of Object.entries(node.states ?? {})) visit(child, [...path, key], top);
  };
  for (const [key, node] of Object.entries(definition.machine.states ?? {}))
    visit(node, [key], key);
  tops.set(definition, map);
  return map;
}

/** A top-level stage as citizens may see it: internal stages show as "in progress". */
function publicStage(definition: WorkflowDefinition, key: string | undefined) {
  const meta = key ? definition.machine.states?.[key]?.meta : undefined;
  if (!key || !meta || meta.internal) return { id: 'inProgress', title: IN_PROGRESS };
  return { id: key, title: meta.title };
}

/** The public steps: receipt, every move into another stage (by its action's title), reopening, the rating. */
function stepsOf(definition: WorkflowDefinition, history: HistoryEntry[], ratingEvent: string) {
  const top = topStages(definition);
  const steps: PublicStatus['steps'] = [];
  for (const entry of history) {
    if (entry.action === 'create') {
      steps.push({ at: entry.at, title: RECEIVED });
      continue;
    }
    if (entry.action === ratingEvent) {
      steps.push({ at: entry.at, title: RATED });
      continue;
    }
    const from = new Set(entry.from.map((id) => top.get(id)));
    const to = entry.to.map((id) => top.get(id));
    if (to.every((key) => from.has(key))) continue;
    const stage = publicStage(definition, to[0]);
    if (stage.id === 'inProgress') continue;
    const title = entry.action === 'reopen' ? REOPENED : (entry.title ?? stage.title);
    steps.push({ at: entry.at, title });
  }
  return steps;
}

/**
 * The citizen's view of their case, from an allow-list: the case type's title, the current
 * top-level stage's title, open or closed, the outcome's title, dates, and the titles of the
 * actions that moved the case between stages. Never data, names, assignees, agencies, comments,
 * reasons, deadlines or internal stages: anything not picked here does not reach the citizen.
 *
 * @example
 * ```ts
 * return c.json(publicStatus(definition, record, history));
 * ```
 */
export function publicStatus(
  definition: WorkflowDefinition,
  record: CaseRecord,
  history: HistoryEntry[],
): PublicStatus {
  const citizen = record.citizen;
  const ratingEvent = definition.meta?.public?.ratingEvent ?? 'citizenRated';
  const state = record.state;
  const key =
    typeof state === 'string' ? state : Object.keys((state ?? {}) as Record<string, unknown>)[0];
  const steps = stepsOf(definition, history, ratingEvent);
  const closed = record.status === 'done';
  const outcomeId = closed ? record.context.outcome : undefined;
  const outcomeTitle = outcomeId ? definition.outcomes?.[outcomeId]?.title : undefined;
  return {
    trackingCode: citizen?.trackingCode ?? '',
    caseType: record.caseType,
    title: definition.title,
    stage: publicStage(definition, key),
    status: closed ? 'closed' : 'open',
    ...(outcomeId && outcomeTitle ? { outcome: { id: outcomeId, title: outcomeTitle } } : {}),
    submittedAt: citizen?.submittedAt ?? record.createdAt,
    updatedAt: steps.at(-1)?.at ?? record.createdAt,
    steps,
    canRate: closed && !citizen?.rating,
    ...(citizen?.rating ? { rating: { score: citizen.rating.score, at: citizen.rating.at } } : {}),
  };
}
