import { type PointerEvent, useEffect, useRef } from 'react';
import { useController } from 'react-hook-form';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';

const HEIGHT = 160;

/**
 * Signature capture (a party signing a mediation agreement): a canvas drawn on with a finger, pen
 * or mouse through pointer events. When a stroke ends the field holds the drawing as a PNG data
 * URL (`data:image/png;base64,...`); "clear" empties it. A stored signature is drawn back.
 */
export function SignatureWidget(props: FieldProps) {
  const { control, t, disabled } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const drawing = useRef(false);
  const value = typeof field.value === 'string' ? field.value : '';

  // Size the bitmap to the element (sharp on high-density screens) and draw the stored value.
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = element.clientWidth || 300;
    if (element.width !== Math.round(width * ratio)) {
      element.width = Math.round(width * ratio);
      element.height = Math.round(HEIGHT * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = getComputedStyle(element).color || '#111';
    if (value && value !== element.dataset.drawn) {
      const image = new Image();
      image.onload = () => {
        context.clearRect(0, 0, width, HEIGHT);
        context.drawImage(image, 0, 0, width, HEIGHT);
      };
      image.src = value;
    } else if (!value) {
      context.clearRect(0, 0, element.width, element.height);
    }
    element.dataset.drawn = value;
  }, [value]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (disabled || !context) return;
    event.preventDefault();
    try {
      // Keep receiving the stroke when the finger leaves the box.
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): draw without capture.
    }
    drawing.current = true;
    const [x, y] = point(event);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 0.1, y + 0.1);
    context.stroke();
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (!drawing.current || !context) return;
    const [x, y] = point(event);
    context.lineTo(x, y);
    context.stroke();
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    const url = event.currentTarget.toDataURL('image/png');
    event.currentTarget.dataset.drawn = url;
    field.onChange(url);
    field.onBlur();
  };

  const pad = (
    <div className="gc-signature">
      <canvas
        ref={(element) => {
          canvas.current = element;
          field.ref(element);
        }}
        id={parts.id}
        className="gc-signature-pad"
        style={{ height: HEIGHT }}
        tabIndex={0}
        role="img"
        aria-label={`${parts.label}: ${t(value ? 'form.react.signature.signed' : 'form.react.signature.empty')}`}
        data-signed={value ? true : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        aria-describedby={parts.aria['aria-describedby']}
      />
      <button
        type="button"
        className="gc-button"
        disabled={!value}
        onClick={() => field.onChange(undefined)}
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
