import type { AriaLabelConfig } from '@xyflow/react';
import type { TFn } from '../i18n/useT';
import type { diagramMessages } from './messages';

type Dir = 'up' | 'down' | 'left' | 'right';
const DIRECTIONS: readonly string[] = ['up', 'down', 'left', 'right'];

/** React Flow's built-in screen-reader texts, through our translator. */
export function flowAriaLabels(t: TFn<keyof typeof diagramMessages>): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('flow.node'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeKeyboard'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('flow.moved', {
        direction: DIRECTIONS.includes(direction) ? t(`flow.dir.${direction as Dir}`) : direction,
        x: Math.round(x),
        y: Math.round(y),
      }),
    'edge.a11yDescription.default': t('flow.edge'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}
