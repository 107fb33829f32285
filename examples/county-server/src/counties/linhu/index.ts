import { hazardRectification } from '@gridcase/engine';
import type { CountyModule } from '../types';
import { LINHU_ID, linhuCounty } from './county';
import { linhuHazard } from './definitions';
import hazardDocument from './hazard-rectification.json' with { type: 'json' };
import { linhuStories } from './stories';
import { linhuUsers } from './users';

/** 临湖县: hazard rectification under supervision. */
export const linhu: CountyModule = {
  id: LINHU_ID,
  county: linhuCounty,
  users: linhuUsers,
  documents: { 'hazard-rectification.json': hazardDocument },
  derive: (county, users) => [linhuHazard(hazardRectification, county, users)],
  stories: linhuStories,
};
