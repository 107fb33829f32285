import type { HistoryEntry } from '@gridcase/engine';
import { useState } from 'react';
import type { CaseAttachment, CaseComment, CaseDetail, GridcaseClient } from '../client/types';
import { useResource } from '../shared/useResource';

export interface CaseDataInput {
  caseId?: string | undefined;
  detail?: CaseDetail | undefined;
  comments?: CaseComment[] | undefined;
  attachments?: CaseAttachment[] | undefined;
  history?: HistoryEntry[] | undefined;
}

/**
 * The case, its comments, attachments and history: from props where given, else loaded through
 * the client. `replace` swaps in the case a command returned and reloads the rest.
 */
export function useCaseData(input: CaseDataInput, client: GridcaseClient | undefined) {
  const id = input.caseId ?? input.detail?.case.id;
  const load = <T>(given: T | undefined, fn: (c: GridcaseClient, id: string) => Promise<T>) =>
    given === undefined && client && id ? () => fn(client, id) : undefined;
  const detail = useResource(
    load(input.detail, (c, i) => c.getCase(i)),
    `d:${id}`,
  );
  const comments = useResource(
    load(input.comments, (c, i) => c.listComments(i)),
    `c:${id}`,
  );
  const attachments = useResource(
    load(input.attachments, (c, i) => c.listAttachments(i)),
    `a:${id}`,
  );
  const history = useResource(
    load(input.history, (c, i) => c.getHistory(i)),
    `h:${id}`,
  );
  // A case a command returned, valid until the host passes another `detail` or another case.
  const [replaced, setReplaced] = useState<{ base?: CaseDetail; next: CaseDetail }>();
  const current =
    replaced && replaced.base === input.detail && replaced.next.case.id === id
      ? replaced.next
      : undefined;
  return {
    id,
    detail: current ?? input.detail ?? detail.data,
    loading: detail.loading,
    error: detail.error,
    comments: input.comments ?? comments.data ?? [],
    attachments: input.attachments ?? attachments.data ?? [],
    history: input.history ?? history.data,
    /** Fetches the case and everything on it again (after a conflict, or on retry). */
    reloadDetail: () => {
      setReplaced(undefined);
      detail.reload();
      history.reload();
      comments.reload();
      attachments.reload();
    },
    reloadComments: comments.reload,
    reloadAttachments: attachments.reload,
    /** After a command: show the case it returned, and fetch the history again. */
    replace: (next: CaseDetail | undefined) => {
      if (next) setReplaced({ ...(input.detail ? { base: input.detail } : {}), next });
      else detail.reload();
      history.reload();
    },
  };
}
