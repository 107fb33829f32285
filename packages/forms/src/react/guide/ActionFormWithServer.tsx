import type { FormDefinition, Locale, ValidationIssue } from '@gridcase/forms';
import {
  type AreaOption,
  SchemaForm,
  serverIssuesOf,
  type UploadedFile,
} from '@gridcase/forms/react';
import { useState } from 'react';

interface Props {
  form: FormDefinition;
  areas: AreaOption[];
  locale: Locale;
  /** Sends the action to the server (`fetch` in a real page). */
  send: (data: Record<string, unknown>) => Promise<Response>;
  /** Stores one file (`fetch` with a FormData body in a real page). */
  store: (body: FormData) => Promise<Response>;
  onDone: () => void;
}

/**
 * A case action form talking to a gridcase server: files go up as they are chosen, a 422's
 * `details.issues` land on their fields, any other error shows above the form.
 */
export function ActionFormWithServer({ form, areas, locale, send, store, onDone }: Props) {
  const [issues, setIssues] = useState<ValidationIssue[]>();

  const upload = async (file: File): Promise<UploadedFile> => {
    const body = new FormData();
    body.append('file', file);
    const response = await store(body);
    if (!response.ok) throw new Error(`upload failed: ${response.status}`);
    const { id, url } = (await response.json()) as { id: string; url: string };
    return { id, name: file.name, url };
  };

  const submit = async (data: Record<string, unknown>) => {
    const response = await send(data);
    if (response.ok) return onDone();
    setIssues(serverIssuesOf(await response.json()));
  };

  return (
    <SchemaForm
      form={form}
      locale={locale}
      areaOptions={areas}
      onUpload={upload}
      serverIssues={issues}
      onSubmit={submit}
    />
  );
}
