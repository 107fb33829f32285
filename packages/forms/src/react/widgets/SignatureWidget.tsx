import { useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { schemaType } from '../schema/schemaType';
import type { UploadedFile } from '../types';
import { attachmentShape, filesOf, storedValue } from './attachmentValue';
import { PAD_HEIGHT, useSignaturePad } from './useSignaturePad';

const toPng = (canvas: HTMLCanvasElement) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));

/**
 * Signature capture (a party signing a mediation agreement): a canvas drawn on with a finger,
 * pen or mouse. A `string` property holds the drawing as a PNG data URL. An `object` (or array)
 * property holds the PNG stored through the host's `onUpload`, as an attachment `{ id, name,
 * url? }`: the way to go for published forms, whose strings the publish gate keeps short. Each
 * finished stroke updates the value; "clear" empties it.
 */
export function SignatureWidget(props: FieldProps) {
  const { control, t, disabled, onUpload } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const inline = schemaType(props.schema) === 'string';
  const shape = attachmentShape(props.schema);
  const [status, setStatus] = useState<'' | 'uploading' | 'failed'>('');
  const latest = useRef(0);

  // Uploaded signatures stored as bare ids, remembered so the pad keeps showing them.
  const known = useRef(new Map<string, UploadedFile>());
  const stored = inline ? undefined : filesOf(field.value, known.current).at(-1);
  const image = inline ? (typeof field.value === 'string' ? field.value : '') : (stored?.url ?? '');
  const signed = inline ? image !== '' : stored !== undefined;
  const unavailable = !inline && !onUpload;

  const save = async (element: HTMLCanvasElement) => {
    const url = element.toDataURL('image/png');
    element.dataset.drawn = url;
    if (inline) {
      field.onChange(url);
      return;
    }
    const attempt = ++latest.current;
    setStatus('uploading');
    try {
      const blob = await toPng(element);
      if (!blob || !onUpload) throw new Error('no PNG');
      const file = await onUpload(new File([blob], 'signature.png', { type: 'image/png' }));
      if (attempt !== latest.current) return; // a later stroke is on its way
      known.current.set(file.id, { ...file, url: file.url ?? url });
      element.dataset.drawn = file.url ?? url;
      field.onChange(storedValue([file], shape));
      setStatus('');
    } catch {
      if (attempt === latest.current) setStatus('failed');
    }
  };
  const handlers = useSignaturePad(canvas, {
    image,
    disabled: disabled || unavailable,
    onStroke: (element) => {
      void save(element);
      field.onBlur();
    },
  });

  const name = t('form.react.signature.file');
  const pad = (
    <div className="gc-signature">
      <canvas
        ref={(element) => {
          canvas.current = element;
          field.ref(element);
        }}
        id={parts.id}
        className="gc-signature-pad"
        style={{ height: PAD_HEIGHT }}
        tabIndex={0}
        role="img"
        aria-label={`${parts.label}: ${t(signed ? 'form.react.signature.signed' : 'form.react.signature.empty')}`}
        aria-describedby={parts.aria['aria-describedby']}
        data-signed={signed ? true : undefined}
        onPointerCancel={handlers.onPointerUp}
        {...handlers}
      />
      <p className="gc-status" role="status">
        {status === 'uploading' ? t('form.react.upload.uploading', { name }) : null}
        {status === 'failed' ? t('form.react.upload.failed', { name }) : null}
      </p>
      {unavailable ? <p className="gc-help">{t('form.react.upload.unavailable')}</p> : null}
      <button
        type="button"
        className="gc-button"
        disabled={!signed}
        onClick={() => {
          latest.current++;
          setStatus('');
          field.onChange(undefined);
        }}
      >
        {t('form.react.signature.clear')}
      </button>
    </div>
  );
  return fieldFrame(parts, pad, {
    widget: 'signature',
    required: props.required,
    kind: 'group',
    before: <p className="gc-help">{t('form.react.signature.hint')}</p>,
  });
}
