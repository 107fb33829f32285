import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { makeKpis } from '../fixtures/kpis';
import { hostAdapter } from './OwnAdapter';

const guide = readFileSync(new URL('../../../../docs/ui.md', import.meta.url), 'utf8');

describe('docs/ui.md', () => {
  it('shows every sample file exactly as it is tested', () => {
    const dir = new URL('./', import.meta.url);
    const samples = readdirSync(dir).filter((f) => /^[A-Z]\w+\.tsx?$/.test(f));
    expect(samples.length).toBeGreaterThanOrEqual(5);
    for (const file of samples) {
      const source = readFileSync(new URL(file, dir), 'utf8').trim();
      const fence = new RegExp(
        `\`\`\`tsx? title="packages/ui/src/docs/${file}"\\n([\\s\\S]*?)\\n\`\`\``,
      );
      const shown = guide.match(fence)?.[1];
      expect(shown, `${file} is in docs/ui.md`).toBeDefined();
      expect(shown?.trim()).toBe(source);
    }
  });

  it('OwnAdapter: the host’s figures replace one method; the rest go to the server', async () => {
    const report = makeKpis();
    const fetch = vi.fn(async () => Response.json({ items: [], total: 0 }));
    vi.stubGlobal('fetch', fetch);
    try {
      const client = hostAdapter({ kpis: async () => report });
      await expect(client.getKpis()).resolves.toBe(report);
      await expect(client.listCases({ overdue: true })).resolves.toEqual({ items: [], total: 0 });
      expect(fetch).toHaveBeenCalledWith('/api/cases?overdue=true', expect.anything());
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
