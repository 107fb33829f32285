import type { FormDefinition } from '@gridcase/forms';
import { SchemaForm } from '@gridcase/forms/react';
import { Component, type ReactNode, useId, useState } from 'react';
import type { FormT } from './formDesignerTypes';

/** Catches a schema the renderer cannot compile, so the designer stays usable. */
class PreviewBoundary extends Component<
  { fallback: (message: string) => ReactNode; children: ReactNode },
  { error?: Error }
> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error.message) : this.props.children;
  }
}

let previewFiles = 0;

/**
 * The preview's upload: keeps the file in the page (an object URL), so photos, files and
 * signatures can be tried without a server. Nothing leaves the browser.
 */
const previewUpload = async (file: File) => ({
  id: `preview-${++previewFiles}`,
  name: file.name,
  url: URL.createObjectURL(file),
});

/** The form as users will see it, with the real renderer and validator, and what it submits. */
export function FormPreview(props: { t: FormT; form: FormDefinition }) {
  const { t, form } = props;
  const id = useId();
  // a changed form is a new form: start the preview afresh
  const key = JSON.stringify(form);
  const [submitted, setSubmitted] = useState<{ key: string; data: unknown }>();
  return (
    <section className="gc-panel gc-form-preview" aria-labelledby={id}>
      <h3 id={id} className="gc-subheading">
        {t('fd.preview')}
      </h3>
      <PreviewBoundary
        key={key}
        fallback={(message) => (
          <p className="gc-alert gc-alert--error">{t('fd.previewBroken', { message })}</p>
        )}
      >
        <SchemaForm
          form={form}
          locale={t.locale}
          onUpload={previewUpload}
          onSubmit={(data) => setSubmitted({ key, data })}
        />
      </PreviewBoundary>
      {submitted?.key === key && (
        <div>
          <h4 className="gc-subheading">{t('fd.previewData')}</h4>
          <pre className="gc-json">{JSON.stringify(submitted.data, null, 2)}</pre>
        </div>
      )}
    </section>
  );
}
