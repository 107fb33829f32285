import {
  CaseView,
  CaseWorklist,
  createHttpClient,
  type GridcaseClient,
  GridcaseProvider,
} from '@gridcase/ui';
import { useState } from 'react';

/** The host's client for its gridcase server, mounted at /api, with the signed-in user's token. */
export function countyClient(getToken: () => string | undefined): GridcaseClient {
  return createHttpClient({ baseUrl: '/api', token: getToken, locale: 'zh-CN' });
}

/** A host page: the worklist, and the case the user opens from it. */
export function HostPage({ client }: { client: GridcaseClient }) {
  const [caseId, setCaseId] = useState<string>();
  return (
    <GridcaseProvider client={client} locale="zh-CN">
      <CaseWorklist scope="mine" onOpenCase={setCaseId} />
      {caseId && <CaseView key={caseId} caseId={caseId} />}
    </GridcaseProvider>
  );
}
