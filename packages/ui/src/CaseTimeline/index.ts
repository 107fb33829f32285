export { CaseTimeline, type CaseTimelineProps } from './CaseTimeline';
