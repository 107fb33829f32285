import { createHttpClient, type GridcaseClient, type KpiReport } from '@gridcase/ui';

/**
 * A host whose figures come from its own data warehouse: everything else goes to the gridcase
 * server; `getKpis` is the host's own. Any method can be replaced the same way, or a whole
 * `GridcaseClient` written from scratch.
 */
export function hostAdapter(warehouse: { kpis(): Promise<KpiReport> }): GridcaseClient {
  const gridcase = createHttpClient({ baseUrl: '/api' });
  return { ...gridcase, getKpis: () => warehouse.kpis() };
}
