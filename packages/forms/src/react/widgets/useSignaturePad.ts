import { type PointerEvent, type RefObject, useEffect, useRef } from 'react';

/** Height of the signing box in CSS pixels. */
export const PAD_HEIGHT = 160;

interface PadOptions {
  /** The image the pad shows: a data URL or a stored file's URL; `''` for an empty pad. */
  image: string;
  disabled: boolean;
  /** Called with the canvas when a stroke ends. */
  onStroke: (canvas: HTMLCanvasElement) => void;
}

/**
 * Drawing on a canvas with pointer events (finger, pen, mouse): the bitmap is sized to the
 * element for sharp lines on dense screens, a pointer is captured for the length of a stroke, and
 * `image` is drawn back when it is not what the pad drew itself. Returns the pointer handlers.
 *
 * @example
 * ```tsx
 * const handlers = useSignaturePad(canvas, { image, disabled, onStroke: save });
 * return <canvas ref={canvas} {...handlers} />;
 * ```
 */
export function useSignaturePad(canvas: RefObject<HTMLCanvasElement | null>, options: PadOptions) {
  const drawing = useRef(false);
  const { image, disabled } = options;

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const width = element.clientWidth || 300;
    if (element.width !== Math.round(width * ratio)) {
      element.width = Math.round(width * ratio);
      element.height = Math.round(PAD_HEIGHT * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = getComputedStyle(element).color || '#111';
    if (image === element.dataset.drawn) return;
    element.dataset.drawn = image;
    context.clearRect(0, 0, width, PAD_HEIGHT);
    if (!image) return;
    const picture = new Image();
    // A stored file from another origin loads only with CORS, so the canvas never gets tainted.
    picture.crossOrigin = 'anonymous';
    picture.onload = () => context.drawImage(picture, 0, 0, width, PAD_HEIGHT);
    picture.src = image;
  }, [canvas, image]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top] as const;
  };
  return {
    onPointerDown(event: PointerEvent<HTMLCanvasElement>) {
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
    },
    onPointerMove(event: PointerEvent<HTMLCanvasElement>) {
      const context = event.currentTarget.getContext('2d');
      if (!drawing.current || !context) return;
      const [x, y] = point(event);
      context.lineTo(x, y);
      context.stroke();
    },
    onPointerUp(event: PointerEvent<HTMLCanvasElement>) {
      if (!drawing.current) return;
      drawing.current = false;
      options.onStroke(event.currentTarget);
    },
  };
}
