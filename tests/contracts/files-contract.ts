import { describe, expect, it } from 'vitest';
import type { FilesDriver } from './drivers';

export interface ReceivedFile {
  fileName: string;
  contents: string;
}

/**
 * What every files engine promises: the person receives the file asked for, by
 * name, with its contents unchanged. Run against the recording fake in jsdom
 * and against the real download in Chromium (the file as the browser saved it).
 */
export function filesContract(
  name: string,
  driver: () => FilesDriver,
  received: () => Promise<ReceivedFile[]>,
) {
  describe(`files contract: ${name}`, () => {
    it('saves a file with the name and contents asked for, unchanged', async () => {
      const contents = 'Reflection — “what went well”\nLine two, with £ and é.\n';
      await driver().download('cpd-record.txt', 'text/plain;charset=utf-8', contents);
      const files = await received();
      expect(files).toContainEqual({ fileName: 'cpd-record.txt', contents });
    });
  });
}
