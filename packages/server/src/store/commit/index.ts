export { refuseCommit, validateCommit, validateHistorySeq } from './checkCommit';
