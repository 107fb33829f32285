export {
  DISPUTE_STOPS,
  type DisputeRole,
  type DisputeStop,
  disputeActors,
  disputeJourney,
  disputeRegistration,
  type JourneyStep,
} from './disputeJourney';
export { disputeMediationV2, disputePlanV1toV2 } from './disputeV2';
