import { expect, it } from 'vitest';
import type { ContractContext } from './contractContext';
import { county, user } from './fixtures';

/** Counties and users: upsert, read back, scoped lists, no aliasing. */
export function tenantsContract(ctx: ContractContext): void {
  it('stores and lists counties, replacing on put', async () => {
    const store = ctx.store();
    await store.putCounty(county('c1'));
    await store.putCounty(county('c2'));
    await store.putCounty({ ...county('c1'), name: { 'zh-CN': '新县', en: 'New' } });
    expect((await store.getCounty('c1'))?.name.en).toBe('New');
    expect((await store.listCounties()).map((c) => c.id).sort()).toEqual(['c1', 'c2']);
    expect(await store.getCounty('nope')).toBeUndefined();
  });

  it('stores users and lists them per county', async () => {
    const store = ctx.store();
    await store.putUser(user('u1', 'c1'));
    await store.putUser(user('u2', 'c1'));
    await store.putUser(user('u3', 'c2'));
    await store.putUser({ ...user('u2', 'c1'), disabled: true });
    expect((await store.getUser('u2'))?.disabled).toBe(true);
    expect((await store.listUsers('c1')).map((u) => u.id).sort()).toEqual(['u1', 'u2']);
    expect(await store.listUsers('c3')).toEqual([]);
    expect(await store.getUser('nope')).toBeUndefined();
  });

  it('neither aliases arguments nor results', async () => {
    const store = ctx.store();
    const input = county('c1');
    await store.putCounty(input);
    input.name.en = 'changed after put';
    input.areas.push({ id: 'x', name: { 'zh-CN': 'x', en: 'x' }, level: 'grid' });
    const read = await store.getCounty('c1');
    expect(read?.name.en).toBe('c1 County');
    expect(read?.areas).toHaveLength(2);
    read!.areas.length = 0;
    (await store.listCounties())[0]!.calendar.holidays.push('2027-01-01');
    const again = await store.getCounty('c1');
    expect(again?.areas).toHaveLength(2);
    expect(again?.calendar.holidays).toEqual(['2026-10-01']);
  });
}
