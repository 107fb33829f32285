import { useId, useState } from 'react';
import type { CaseAttachment } from '../client/types';
import type { UiT } from '../i18n/useT';
import { formatDate } from '../shared/formatDate';
import type { caseViewMessages } from './messages';

type T = UiT<typeof caseViewMessages>;

/** `1.2 MB`, `340 KB`, `12 B`. */
export function formatBytes(size: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${n.format(value)} ${units[unit]}`;
}

/** Files on the case (photos of hazards, signed agreements), download and upload. */
export function AttachmentsPanel(props: {
  t: T;
  attachments: CaseAttachment[];
  onOpen?: ((attachment: CaseAttachment) => void) | undefined;
  onUpload?: ((file: File) => Promise<void>) | undefined;
}) {
  const { t } = props;
  const id = useId();
  const [busy, setBusy] = useState(false);
  const upload = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file || !props.onUpload) return;
    setBusy(true);
    try {
      await props.onUpload(file);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="gc-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="gc-subheading">
        {t('case.attachments')}
      </h3>
      {props.attachments.length === 0 ? (
        <p className="gc-muted">{t('case.noAttachments')}</p>
      ) : (
        <ul className="gc-attachments">
          {props.attachments.map((a) => (
            <li key={a.id}>
              {props.onOpen ? (
                <button
                  type="button"
                  className="gc-link"
                  aria-label={t('case.download', { name: a.name })}
                  onClick={() => props.onOpen?.(a)}
                >
                  {a.name}
                </button>
              ) : (
                a.name
              )}{' '}
              <span className="gc-muted">
                {formatBytes(a.size, t.locale)} · {formatDate(a.at, t.locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.onUpload && (
        <div className="gc-upload">
          <label htmlFor={id} className="gc-labelled__text">
            {busy ? t('case.uploading') : t('case.upload')}
          </label>
          <input
            id={id}
            type="file"
            disabled={busy}
            onChange={(e) => {
              void upload(e.target.files);
              e.target.value = '';
            }}
          />
        </div>
      )}
    </section>
  );
}
