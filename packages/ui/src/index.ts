/**
 * @gridcase/ui: React components a county embeds in its own pages.
 *
 * @example
 * ```tsx
 * import { CaseWorklist, createHttpClient, GridcaseProvider } from '@gridcase/ui';
 *
 * const client = createHttpClient({ baseUrl: '/api', token: () => session.token });
 * export function Worklist() {
 *   return (
 *     <GridcaseProvider client={client}>
 *       <CaseWorklist scope="mine" onOpenCase={(id) => navigate(`/cases/${id}`)} />
 *     </GridcaseProvider>
 *   );
 * }
 * ```
 */

export { CaseStatus, type CaseStatusProps } from './CaseStatus';
export { CaseTimeline, type CaseTimelineProps } from './CaseTimeline';
export { CaseView, type CaseViewProps } from './CaseView';
// components
export { CaseWorklist, type CaseWorklistProps, filterCases } from './CaseWorklist';
export { CitizenReport, type CitizenReportProps } from './CitizenReport';
// the server adapter
export type * from './client/citizenTypes';
export { type CitizenClientOptions, createCitizenClient } from './client/createCitizenClient';
export { createHttpClient, type HttpClientOptions } from './client/createHttpClient';
export { GridcaseApiError } from './client/GridcaseApiError';
export type * from './client/types';
export { Dashboard, type DashboardProps } from './Dashboard';
export { FormDesigner, type FormDesignerProps, newForm } from './FormDesigner';
export { MigrationDryRun, type MigrationDryRunProps } from './MigrationDryRun';
export { MigrationPlanEditor, type MigrationPlanEditorProps } from './MigrationPlanEditor';
export {
  createMemoryClient,
  type MemoryClient,
  type MemoryClientOptions,
} from './memory';
export type { GridcaseContextValue } from './provider/GridcaseContext';
// provider, locale, theme
export { GridcaseProvider, type GridcaseProviderProps } from './provider/GridcaseProvider';
export { useGridcase } from './provider/useGridcase';
export { type DueStatus, dueStatus } from './shared/dueStatus';
export { type GridcaseTheme, themeToCssVars, themeVariables } from './theme/theme';
export { newDefinition, WorkflowDesigner, type WorkflowDesignerProps } from './WorkflowDesigner';
export { WorkflowDiagram, type WorkflowDiagramProps } from './WorkflowDiagram';
