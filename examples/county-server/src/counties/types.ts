import type { WorkflowDefinition } from '@gridcase/engine';
import type { County, User } from '@gridcase/server';
import type { CaseStory } from '../seed/types';

/** A demo user as a county writes it down: who, which roles where, which agencies. */
export interface UserSpec {
  id: string;
  name: string;
  /** `[role, areaId]` pairs; the level comes from the area. */
  roles: [string, string][];
  agencies?: string[];
}

/**
 * One example county: its division, agencies and people, its processes (the JSON documents it
 * publishes, and how they were derived from the shipped templates) and its seeded cases.
 */
export interface CountyModule {
  id: string;
  county(createdAt: string): County;
  users: UserSpec[];
  /** The county's published JSON documents, by file name. */
  documents: Record<string, unknown>;
  /** Re-derives the documents from the engine's templates (to check they are in step). */
  derive(county: County, users: User[]): WorkflowDefinition[];
  stories(county: County, users: User[]): CaseStory[];
}

/** A county ready to seed: everything resolved, every definition linted. */
export interface CountySetup {
  county: County;
  users: User[];
  definitions: WorkflowDefinition[];
  stories: CaseStory[];
}
