import { errorReason } from './describe-error';
import type { SliceCreator } from './types';

export interface FirstSampleSlice {
  firstSampleSending: boolean;
  firstSampleError: string | null;
  /** First run: a generated Push Hook sent to Hookbench's own receiver, so the Inbox shows what a hook looks like. */
  sendFirstSample(): Promise<void>;
}

export const createFirstSampleSlice: SliceCreator<'inbox', FirstSampleSlice, 'connection'> = ({ set, get, client }) => ({
  firstSampleSending: false,
  firstSampleError: null,
  async sendFirstSample() {
    const to = get().connection.receiver?.url;
    if (!to || get().inbox.firstSampleSending) return;
    set({ firstSampleSending: true, firstSampleError: null });
    try {
      const sample = await client.generateSample({ event: 'Push Hook' });
      await client.sendSample({ to, event: sample.header, payload: sample.payload });
      set({ firstSampleSending: false });
    } catch (error) {
      set({ firstSampleSending: false, firstSampleError: `The sample was not sent: ${errorReason(error)}` });
    }
  },
});
