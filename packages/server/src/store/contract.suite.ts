/**
 * THE contract every `CaseStore` passes (STYLE.md 8). Test-only: import it from a test through
 * `@gridcase/server/store/contract`, never from the public index.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentsContract } from './contract/attachmentsContract';
import { auditContract } from './contract/auditContract';
import { caseFactsContract } from './contract/caseFactsContract';
import { commitContract } from './contract/commitContract';
import { type ContractContext, rejectionCode } from './contract/contractContext';
import { deadlinesOutboxContract } from './contract/deadlinesOutboxContract';
import { definitionsContract } from './contract/definitionsContract';
import { county } from './contract/fixtures';
import { listCasesContract } from './contract/listCasesContract';
import { migrationsContract } from './contract/migrationsContract';
import { tenantsContract } from './contract/tenantsContract';
import type { CaseStore } from './types';

/** A fresh, unopened store for one test, and how to clean up after it. */
export interface StoreFixture {
  store: CaseStore;
  /** Runs after `close()`: remove temp directories, drop databases. */
  cleanup?: () => Promise<void>;
}

/**
 * Registers the contract tests for one implementation. `makeFixture` runs once per test and
 * must give an empty store; the suite opens and closes it.
 *
 * @example
 * ```ts
 * describeCaseStoreContract('memory store', async () => ({ store: createMemoryStore() }));
 * ```
 */
export function describeCaseStoreContract(
  name: string,
  makeFixture: () => Promise<StoreFixture>,
): void {
  describe(`CaseStore contract: ${name}`, () => {
    let fixture: StoreFixture | undefined;
    let open = false;
    const ctx: ContractContext = {
      store: () => {
        if (!fixture) throw new Error('no store: the contract suite sets one up per test');
        return fixture.store;
      },
    };

    beforeEach(async () => {
      fixture = await makeFixture();
      await fixture.store.open();
      open = true;
    });
    afterEach(async () => {
      if (open) await fixture?.store.close();
      open = false;
      await fixture?.cleanup?.();
      fixture = undefined;
    });

    it('rejects calls after close with store.unavailable', async () => {
      await ctx.store().close();
      open = false;
      expect(await rejectionCode(ctx.store().putCounty(county('c1')))).toBe('store.unavailable');
      expect(await rejectionCode(ctx.store().getCase('c1', 'k1'))).toBe('store.unavailable');
    });

    describe('tenants', () => tenantsContract(ctx));
    describe('definitions', () => definitionsContract(ctx));
    describe('commit', () => commitContract(ctx));
    describe('listCases', () => listCasesContract(ctx));
    describe('caseFacts', () => caseFactsContract(ctx));
    describe('deadlines and outbox', () => deadlinesOutboxContract(ctx));
    describe('comments, attachments, blobs, webhooks', () => attachmentsContract(ctx));
    describe('audit', () => auditContract(ctx));
    describe('migrations', () => migrationsContract(ctx));
  });
}
