import './probe';
import { SchemaForm } from '@gridcase/forms/react';
import { createRoot } from 'react-dom/client';
import { KEY_FIELD, stageForm } from '../stageForm';
import { Mounted } from './Mounted';

// `mode="onChange"`: every change is checked, as RJSF's liveValidate and the plain RHF page do.
const form = stageForm();
createRoot(document.getElementById('root')!).render(
  <Mounted keyField={`#bench-${KEY_FIELD}`} keyError={`#bench-${KEY_FIELD}[aria-invalid="true"]`}>
    <SchemaForm form={form} id="bench" mode="onChange" onSubmit={() => {}} />
  </Mounted>,
);
