import type { UploadHandler } from '@gridcase/forms/react';
import type { CaseAttachment, GridcaseClient } from '../client/types';
import { openAttachment } from './openAttachment';

/**
 * Comment, attachment and form-file handlers: the host's callbacks where given, else calls to
 * the client that refresh the lists they change.
 */
export function useCaseFiles(
  props: {
    onAddComment?: ((text: string) => Promise<void>) | undefined;
    onUploadAttachment?: ((file: File) => Promise<void>) | undefined;
    onOpenAttachment?: ((attachment: CaseAttachment) => void) | undefined;
    onUploadFormFile?: UploadHandler | undefined;
  },
  client: GridcaseClient | undefined,
  caseId: string | undefined,
  data: { reloadComments: () => void; reloadAttachments: () => void },
) {
  const on = client && caseId ? { client, caseId } : undefined;
  return {
    addComment:
      props.onAddComment ??
      (on &&
        (async (text: string) => {
          await on.client.addComment(on.caseId, text);
          data.reloadComments();
        })),
    upload:
      props.onUploadAttachment ??
      (on &&
        (async (file: File) => {
          await on.client.uploadAttachment(on.caseId, file, file.name);
          data.reloadAttachments();
        })),
    uploadFormFile:
      props.onUploadFormFile ??
      (on &&
        (async (file: File) => {
          const att = await on.client.uploadAttachment(on.caseId, file, file.name);
          data.reloadAttachments();
          return { id: att.id, name: att.name };
        })),
    openFile:
      props.onOpenAttachment ??
      (on && ((a: CaseAttachment) => void openAttachment(on.client, on.caseId, a))),
  };
}
