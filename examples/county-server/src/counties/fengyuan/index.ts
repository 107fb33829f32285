import { disputeMediation } from '@gridcase/engine';
import type { CountyModule } from '../types';
import { FENGYUAN_ID, fengyuanCounty } from './county';
import { fengyuanDispute } from './definitions';
import disputeDocument from './dispute-mediation.json' with { type: 'json' };
import { fengyuanStories } from './stories';
import { fengyuanUsers } from './users';

/** 枫源县: police-grid integration, dispute mediation. */
export const fengyuan: CountyModule = {
  id: FENGYUAN_ID,
  county: fengyuanCounty,
  users: fengyuanUsers,
  documents: { 'dispute-mediation.json': disputeDocument },
  derive: (county, users) => [fengyuanDispute(disputeMediation, county, users)],
  stories: fengyuanStories,
};
