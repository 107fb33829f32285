import type { CaseDetail, CaseSummary } from '@gridcase/ui';
import { CaseView, CaseWorklist, GridcaseApiError } from '@gridcase/ui';

/** The worklist from data the host already has: it filters and pages the list itself. */
export function WorklistFromData(props: { cases: CaseSummary[]; onOpen: (id: string) => void }) {
  return <CaseWorklist cases={props.cases} pageSize={10} onOpenCase={props.onOpen} />;
}

/** A case the host loads itself; actions go through the host's own call. */
export function CaseFromData(props: {
  detail: CaseDetail;
  send: (caseId: string, type: string, data?: Record<string, unknown>) => Promise<Response>;
}) {
  return (
    <CaseView
      detail={props.detail}
      onCommand={async (command, detail) => {
        const res = await props.send(detail.case.id, command.type, command.data);
        const body = await res.json();
        // a 422 body's details.issues land on the form's fields
        if (!res.ok) throw new GridcaseApiError(res.status, body);
        return body as CaseDetail;
      }}
    />
  );
}
