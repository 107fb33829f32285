import {
  CaseStatus,
  type CitizenClient,
  CitizenReport,
  createCitizenClient,
  GridcaseProvider,
} from '@gridcase/ui';
import { useState } from 'react';

/** The citizen channel of one county on the gridcase server mounted at /api: no token. */
export function countyChannel(countyId: string): CitizenClient {
  return createCitizenClient({ baseUrl: '/api', countyId, locale: 'zh-CN' });
}

/** The page a county's QR code points at: report, then follow the report with its receipt. */
export function CitizenPage({ citizen }: { citizen: CitizenClient }) {
  const [receipt, setReceipt] = useState<{ trackingCode: string; secret: string }>();
  return (
    <GridcaseProvider citizenClient={citizen}>
      {receipt ? (
        <CaseStatus trackingCode={receipt.trackingCode} secret={receipt.secret} />
      ) : (
        <CitizenReport onTrack={setReceipt} />
      )}
    </GridcaseProvider>
  );
}
