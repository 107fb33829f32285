import './probe';
import { isCnIdcard, isCnLandline, isCnMobile, isCnUscc } from '@gridcase/forms';
import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';
import { KEY_FIELD, stageFormSchema } from '../stageForm';
import { Mounted } from './Mounted';

// RJSF as documented: its Ajv validator (compiled on first use) with our Chinese formats added,
// live validation on every change, errors inline only (no list above the form).
const validator = customizeValidator({
  customFormats: {
    'cn-mobile': isCnMobile,
    'cn-landline': isCnLandline,
    'cn-idcard': isCnIdcard,
    'cn-uscc': isCnUscc,
  },
});
const schema = stageFormSchema() as RJSFSchema;
createRoot(document.getElementById('root')!).render(
  <Mounted keyField={`#root_${KEY_FIELD}`} keyError={`#root_${KEY_FIELD}__error li`}>
    <Form schema={schema} validator={validator} liveValidate="onChange" showErrorList={false} />
  </Mounted>,
);
