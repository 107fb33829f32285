import type { CaseAttachment, GridcaseClient } from '../client/types';

/** Fetches an attachment through the client (which adds its token) and saves it in the browser. */
export async function openAttachment(
  client: GridcaseClient,
  caseId: string,
  attachment: CaseAttachment,
): Promise<void> {
  const blob = await client.getAttachment(caseId, attachment.id);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = attachment.name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
