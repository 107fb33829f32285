import type { WorkflowDefinition } from '@gridcase/engine';
import { describe, expect, it } from 'vitest';
import { fixtureDefinition, fixtureReport } from '../testing/fixtureDefinition';
import { createHarness } from '../testing/harness';

const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const RAW = ['11010519491231002X', '110105194912310037', '13912345678', '13700001111'];
const LANDLINE = '0592-5123456';

/** The fixture flow whose `note` form also records a contact (x-pii phone and idcard). */
const withContact: WorkflowDefinition = structuredClone(fixtureDefinition);
const note = withContact.forms.note;
if (!note) throw new Error('fixture lacks the note form');
note.schema = {
  ...note.schema,
  properties: {
    ...(note.schema.properties as object),
    contactPhone: { type: 'string', maxLength: 20, 'x-pii': 'phone' },
    contactId: { type: 'string', maxLength: 18, 'x-pii': 'idcard' },
  },
};

describe('history responses mask personal data', () => {
  it('shows no unmasked ID number or phone to any caller who did not reveal them', async () => {
    const h = await createHarness();
    await h.publish(withContact);
    const opened = await h.open({ data: fixtureReport });
    const notes = [
      { note: '已联系', contactPhone: LANDLINE, contactId: '110105194912310037' },
      { note: '改号', contactPhone: '13700001111', contactId: '11010519491231002X' },
    ];
    for (const data of notes) {
      expect((await h.command(opened.id, 'police-e1', 'note', { data })).status).toBe(200);
    }
    // the store keeps the raw values in the changes...
    const stored = JSON.stringify(await h.store.getHistory('demo-county', opened.id));
    for (const raw of [...RAW, LANDLINE]) expect(stored).toContain(raw);
    // ...no history response shows them
    for (const as of ['grid-e1a', 'police-e1', 'lead-east', 'admin']) {
      for (const locale of ['zh-CN', 'en']) {
        const res = await h.request(`/cases/${opened.id}/history`, {
          as,
          headers: { 'accept-language': locale },
        });
        expect(res.status).toBe(200);
        const body = await res.text();
        expect(body).not.toMatch(ID_NUMBER);
        expect(body).not.toMatch(MOBILE);
        for (const raw of [...RAW, LANDLINE]) expect(body).not.toContain(raw);
        const entries = JSON.parse(body) as { changes?: Record<string, [unknown, unknown]> }[];
        expect(entries.at(-1)?.changes?.contactPhone).toEqual(['059*-***3456', '137****1111']);
      }
    }
  });

  it('reveals through the audited reveal only, leaving the history masked', async () => {
    const h = await createHarness();
    await h.publish(withContact);
    const opened = await h.open({ data: fixtureReport });
    const reveal = await h.request(`/cases/${opened.id}/pii/reveal`, {
      method: 'POST',
      as: 'police-e1',
      json: { purpose: '联系当事人' },
    });
    expect(reveal.status).toBe(200);
    expect(JSON.stringify(await reveal.json())).toContain('11010519491231002X');
    const history = await h.request(`/cases/${opened.id}/history`, { as: 'police-e1' });
    expect(await history.text()).not.toMatch(ID_NUMBER);
    const audit = await h.store.readAudit();
    expect(audit.some((e) => e.action === 'pii.reveal')).toBe(true);
  });
});
