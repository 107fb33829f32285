import type { WorkflowDefinition } from '@gridcase/engine';
import type { FormDefinition } from '@gridcase/forms';
import { FormDesigner, type GridcaseClient, WorkflowDesigner } from '@gridcase/ui';

/** The county admin's workflow page: saves drafts to the server, which lints them again. */
export function WorkflowAdmin(props: { client: GridcaseClient; draft: WorkflowDefinition }) {
  return (
    <WorkflowDesigner
      definition={props.draft}
      onSave={async (definition) => {
        await props.client.saveDraft(definition.id, definition);
      }}
    />
  );
}

/** The form designer: `onSave` only ever receives a form that passed the publish gate. */
export function FormAdmin(props: { form: FormDefinition; save: (form: FormDefinition) => void }) {
  return <FormDesigner form={props.form} onSave={props.save} />;
}
