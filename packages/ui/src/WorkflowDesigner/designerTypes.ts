import type { WorkflowDefinition } from '@gridcase/engine';
import type { UiT } from '../i18n/useT';
import type { designerCatalog } from './messages';
import type { Selection } from './selection';

export type DesignerT = UiT<typeof designerCatalog>;

/** A stage as pickers list it: path and display title. */
export interface StageOption {
  path: string[];
  title: string;
}

/** What every part of the properties panel gets. */
export interface PanelContext {
  t: DesignerT;
  definition: WorkflowDefinition;
  stages: StageOption[];
  roles: { id: string; title: string }[];
  apply: (next: WorkflowDefinition) => void;
  select: (selection: Selection | undefined) => void;
  /** Messages of the lint findings on the selected element. */
  problems: string[];
}
