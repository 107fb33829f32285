import type { ComponentType } from 'react';
import type { WidgetName } from '../../types';
import { inferWidget } from '../schema/inferWidget';
import { AreaWidget } from '../widgets/AreaWidget';
import { ArrayWidget } from '../widgets/ArrayWidget';
import { AttachmentWidget, PhotoWidget } from '../widgets/AttachmentWidget';
import { CheckboxWidget } from '../widgets/CheckboxWidget';
import { DateTimeWidget } from '../widgets/DateTimeWidget';
import { DateWidget } from '../widgets/DateWidget';
import { NumberWidget } from '../widgets/NumberWidget';
import { RadioWidget } from '../widgets/RadioWidget';
import { SelectWidget } from '../widgets/SelectWidget';
import { SignatureWidget } from '../widgets/SignatureWidget';
import { TextareaWidget, TextWidget } from '../widgets/TextWidget';
import type { FieldProps } from './fieldProps';
import { ObjectGroup } from './ObjectGroup';

/** The component behind each widget name; `object` groups a nested object's fields. */
const WIDGETS: Record<WidgetName | 'object', ComponentType<FieldProps>> = {
  text: TextWidget,
  textarea: TextareaWidget,
  number: NumberWidget,
  select: SelectWidget,
  radio: RadioWidget,
  checkbox: CheckboxWidget,
  date: DateWidget,
  datetime: DateTimeWidget,
  array: ArrayWidget,
  file: AttachmentWidget,
  photo: PhotoWidget,
  signature: SignatureWidget,
  area: AreaWidget,
  object: ObjectGroup,
};

/** Renders a field with the widget its UI schema names, or the one its schema suggests. */
export function FieldWidget(props: FieldProps) {
  const Widget = WIDGETS[props.ui.widget ?? inferWidget(props.schema)] ?? TextWidget;
  return <Widget {...props} />;
}
