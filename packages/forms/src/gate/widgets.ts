import type { WidgetName } from '../types';

/** Every widget the renderer offers, with the JSON types of the fields it can edit. */
export const WIDGET_TYPES = {
  text: ['string'],
  textarea: ['string'],
  number: ['number', 'integer'],
  select: ['string', 'number', 'integer', 'array'],
  radio: ['string', 'number', 'integer', 'boolean'],
  checkbox: ['boolean', 'array'],
  date: ['string'],
  datetime: ['string'],
  array: ['array'],
  file: ['string', 'array', 'object'],
  photo: ['string', 'array', 'object'],
  signature: ['string', 'object', 'array'],
  area: ['string', 'array'],
} as const satisfies Record<WidgetName, readonly string[]>;

/** The names of the widgets the renderer offers. */
export const WIDGET_NAMES = Object.keys(WIDGET_TYPES) as WidgetName[];
