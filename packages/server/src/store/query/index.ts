export { byStart } from './byStart';
export { caseFactsOf, caseFactsRecord } from './caseFacts';
export { type CaseIndexEntry, caseIndexEntry } from './caseIndexEntry';
export { DEFAULT_TEXT_FIELDS, matchesCaseQuery, matchesCaseText } from './matchesCaseQuery';
export { pageOf, sortCaseEntries } from './sortCaseEntries';
