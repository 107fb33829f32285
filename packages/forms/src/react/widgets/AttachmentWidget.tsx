import { type ChangeEvent, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import type { UploadedFile } from '../types';
import { attachmentShape, filesOf, storedValue } from './attachmentValue';

/**
 * File attachments. The widget never keeps bytes: each chosen file goes through the host's
 * `onUpload`, and the field holds what it returns: `{ id, name, url? }` for an object property, a
 * list of them for an array, or just the id (a list of ids) for a string property (array of
 * strings). A failed upload says so and keeps what was there.
 */
export function AttachmentWidget(props: FieldProps) {
  return <Attachments {...props} photo={false} />;
}

/** Photo attachments: like {@link AttachmentWidget}, but offers the back camera and shows thumbnails. */
export function PhotoWidget(props: FieldProps) {
  return <Attachments {...props} photo />;
}

function Attachments({ photo, ...props }: FieldProps & { photo: boolean }) {
  const { control, t, onUpload } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  const shape = attachmentShape(props.schema);
  const multiple = shape === 'objects' || shape === 'ids';
  // Files stored as bare ids, remembered from their upload to show their names and thumbnails.
  const known = useRef(new Map<string, UploadedFile>());
  const files = filesOf(field.value, known.current);
  // Uploads finish one by one; each must add to the latest list, not the one it started from.
  const current = useRef(files);
  current.current = files;
  const [uploading, setUploading] = useState<string[]>([]);
  const [failed, setFailed] = useState<string[]>([]);

  const commit = (next: UploadedFile[]) => {
    current.current = next;
    field.onChange(storedValue(next, shape));
  };

  const upload = async (file: File) => {
    if (!onUpload) return;
    setUploading((pending) => [...pending, file.name]);
    try {
      const result = await onUpload(file);
      known.current.set(result.id, result);
      commit(multiple ? [...current.current, result] : [result]);
    } catch {
      setFailed((list) => [...list, file.name]);
    } finally {
      setUploading((pending) => pending.filter((n) => n !== file.name));
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    setFailed([]);
    for (const file of chosen) void upload(file);
  };

  const status = [
    ...uploading.map((name) => t('form.react.upload.uploading', { name })),
    ...failed.map((name) => t('form.react.upload.failed', { name })),
  ];
  const control_ = (
    <>
      <input
        type="file"
        id={parts.id}
        className="gc-file"
        name={field.name}
        ref={field.ref}
        accept={photo ? 'image/*' : undefined}
        capture={photo ? 'environment' : undefined}
        multiple={multiple}
        disabled={!onUpload}
        onChange={choose}
        onBlur={field.onBlur}
        {...parts.aria}
      />
      {onUpload ? null : <p className="gc-help">{t('form.react.upload.unavailable')}</p>}
      <p className="gc-status" role="status">
        {status.join(' ')}
      </p>
      {files.length > 0 ? (
        <ul className="gc-files">
          {files.map((file) => (
            <li key={file.id} className="gc-file-item">
              {photo && file.url ? (
                <img className="gc-thumb" src={file.url} alt={file.name} />
              ) : null}
              {file.url ? (
                <a href={file.url} target="_blank" rel="noreferrer">
                  {file.name}
                </a>
              ) : (
                <span>{file.name}</span>
              )}
              <button
                type="button"
                className="gc-button gc-remove"
                aria-label={t('form.react.upload.remove', { name: file.name })}
                onClick={() => commit(current.current.filter((f) => f.id !== file.id))}
              >
                {t('form.react.array.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
  return fieldFrame(parts, control_, {
    widget: photo ? 'photo' : 'file',
    required: props.required,
  });
}
