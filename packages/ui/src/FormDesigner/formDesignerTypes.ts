import type { FormDefinition } from '@gridcase/forms';
import type { UiT } from '../i18n/useT';
import type { formDesignerMessages } from './messages';

export type FormT = UiT<typeof formDesignerMessages>;

/** What the field settings get. */
export interface FieldPanelContext {
  t: FormT;
  form: FormDefinition;
  fieldKey: string;
  apply: (next: FormDefinition) => void;
  select: (key: string | undefined) => void;
  problems: string[];
}
