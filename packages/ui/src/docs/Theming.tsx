import {
  type CaseSummary,
  CaseWorklist,
  Dashboard,
  GridcaseProvider,
  type KpiReport,
} from '@gridcase/ui';

/** A county's colours and English, for one part of the page. */
export function ThemedDashboard({ report }: { report: KpiReport }) {
  return (
    <GridcaseProvider locale="en" theme={{ primary: '#9f1239', radius: '2px', fontSize: '15px' }}>
      <Dashboard report={report} />
    </GridcaseProvider>
  );
}

/** A county's own wording for any text, by message key, in both languages. */
export function CountyWording({ cases }: { cases: CaseSummary[] }) {
  return (
    <GridcaseProvider messages={{ 'worklist.title': { 'zh-CN': '我的待办件', en: 'My cases' } }}>
      <CaseWorklist cases={cases} />
    </GridcaseProvider>
  );
}
