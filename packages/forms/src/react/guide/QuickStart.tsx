import type { FormDefinition } from '@gridcase/forms';
import { SchemaForm } from '@gridcase/forms/react';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A follow-up visit (回访) record: JSON Schema for the data, a UI schema for the layout. */
export const followUpForm: FormDefinition = {
  id: 'follow-up',
  title: text('回访记录', 'Follow-up visit'),
  schema: {
    type: 'object',
    // `reason` is required only while it is shown: hidden fields are neither checked nor kept.
    required: ['resolved', 'satisfaction', 'reason'],
    properties: {
      resolved: { type: 'boolean' },
      satisfaction: { type: 'string', enum: ['satisfied', 'neutral', 'unsatisfied'] },
      reason: { type: 'string', minLength: 5, maxLength: 500 },
      visitedOn: { type: 'string', format: 'date' },
    },
  },
  ui: {
    order: ['resolved', 'satisfaction', 'reason'],
    fields: {
      resolved: { widget: 'radio', label: text('纠纷是否已化解', 'Is the dispute settled?') },
      satisfaction: {
        widget: 'radio',
        label: text('当事人满意度', 'Satisfaction'),
        enumLabels: {
          satisfied: text('满意', 'Satisfied'),
          neutral: text('基本满意', 'Neutral'),
          unsatisfied: text('不满意', 'Unsatisfied'),
        },
      },
      reason: {
        widget: 'textarea',
        label: text('不满意的原因', 'Why unsatisfied'),
        visibleIf: { field: 'satisfaction', equals: 'unsatisfied' },
      },
      visitedOn: { label: text('回访日期', 'Visited on') },
    },
  },
};

/** The whole page: the form validates with the shared validator and hands over clean data. */
export function FollowUpPage({ onSaved }: { onSaved: (data: Record<string, unknown>) => void }) {
  return <SchemaForm form={followUpForm} onSubmit={onSaved} submitLabel={text('保存', 'Save')} />;
}
