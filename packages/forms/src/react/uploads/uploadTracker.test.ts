import { describe, expect, it } from 'vitest';
import type { UploadedFile } from '../types';
import { createUploadTracker } from './uploadTracker';

function deferred() {
  let resolve!: (file: UploadedFile) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<UploadedFile>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const file = (name: string) => new File(['x'], name, { type: 'image/png' });

describe('createUploadTracker', () => {
  it('counts running uploads and is idle once every one has settled, failed ones too', async () => {
    const uploads = createUploadTracker();
    const first = deferred();
    const second = deferred();
    const answers = [first, second];
    const upload = uploads.track(() => answers.shift()!.promise)!;
    const seen: number[] = [];
    uploads.subscribe(() => seen.push(uploads.pending()));

    const a = upload(file('a.png'));
    const b = upload(file('b.png')).catch(() => undefined);
    expect(uploads.pending()).toBe(2);
    let idle = false;
    const waiting = uploads.idle().then(() => {
      idle = true;
    });
    first.resolve({ id: 'a', name: 'a.png' });
    await expect(a).resolves.toEqual({ id: 'a', name: 'a.png' });
    expect(idle).toBe(false);
    second.reject(new Error('network'));
    await b;
    await waiting;
    expect(idle).toBe(true);
    expect(uploads.pending()).toBe(0);
    expect(seen).toEqual([1, 2, 1, 0]);
  });

  it('is idle at once when nothing runs, and gives no handler when the host has none', async () => {
    const uploads = createUploadTracker();
    await expect(uploads.idle()).resolves.toBeUndefined();
    expect(uploads.track(undefined)).toBeUndefined();
  });
});
