import { describe, expect, it } from 'vitest';
import {
  planDownloads,
  stepDown,
  type DownloadBatch,
  type SizeLimitStep,
} from '../../../../shared/domain/download-plan.js';

const KB = 1024;
const limits = { maxCount: 3, maxBytes: 1024 * KB, maxMessageBytes: 500 * KB };

describe('planDownloads', () => {
  it.each<{
    why: string;
    uids: number[];
    large?: Array<[number, number | null]>;
    steps?: Array<[number, SizeLimitStep]>;
    expected: DownloadBatch[];
  }>([
    {
      why: 'nothing over the limit: plain count batches',
      uids: [1, 2, 3, 4],
      expected: [
        { uids: [1, 2, 3], extent: 'whole' },
        { uids: [4], extent: 'whole' },
      ],
    },
    {
      why: 'over the limit by its size: headers only, alone, in UID order',
      uids: [1, 2, 3, 4, 5],
      large: [[3, 501 * KB]],
      expected: [
        { uids: [1, 2], extent: 'whole' },
        { uids: [3], extent: 'headers' },
        { uids: [4, 5], extent: 'whole' },
      ],
    },
    {
      why: 'exactly at the limit still comes whole',
      uids: [1, 2],
      large: [[2, 500 * KB]],
      expected: [{ uids: [1, 2], extent: 'whole' }],
    },
    {
      why: 'an unknown size is not a reason for headers only (it goes alone by bytes)',
      uids: [1, 2],
      large: [[1, null]],
      expected: [
        { uids: [1], extent: 'whole' },
        { uids: [2], extent: 'whole' },
      ],
    },
    {
      why: 'stepped down after a failed batch: alone, whole',
      uids: [1, 2, 3, 4],
      steps: [[2, 'alone']],
      expected: [
        { uids: [1], extent: 'whole' },
        { uids: [2], extent: 'whole' },
        { uids: [3, 4], extent: 'whole' },
      ],
    },
    {
      why: 'a lying size does not undo a step: headers stays headers',
      uids: [7],
      large: [[7, 10 * KB]],
      steps: [[7, 'headers']],
      expected: [{ uids: [7], extent: 'headers' }],
    },
    {
      why: 'the last step asks nothing more of the server',
      uids: [7, 8],
      steps: [[7, 'none']],
      expected: [
        { uids: [7], extent: 'none' },
        { uids: [8], extent: 'whole' },
      ],
    },
    {
      why: 'steps for UIDs not being fetched are ignored',
      uids: [1, 2],
      steps: [[9, 'none']],
      expected: [{ uids: [1, 2], extent: 'whole' }],
    },
  ])('$why', ({ uids, large, steps, expected }) => {
    expect(planDownloads(uids, new Map(large), new Map(steps), limits)).toEqual(expected);
  });
});

describe('stepDown after a FETCH broke the size limit', () => {
  it.each<{
    why: string;
    batch: DownloadBatch;
    received: number[];
    expected: Array<[number, SizeLimitStep]>;
  }>([
    {
      why: 'a batch: everything not yet received goes alone',
      batch: { uids: [1, 2, 3, 4], extent: 'whole' },
      received: [1],
      expected: [
        [2, 'alone'],
        [3, 'alone'],
        [4, 'alone'],
      ],
    },
    {
      why: 'one left unreceived in a batch is the culprit: headers only',
      batch: { uids: [1, 2, 3], extent: 'whole' },
      received: [1, 3],
      expected: [[2, 'headers']],
    },
    {
      why: 'a message alone: headers only',
      batch: { uids: [5], extent: 'whole' },
      received: [],
      expected: [[5, 'headers']],
    },
    {
      why: 'its headers too large: nothing more',
      batch: { uids: [5], extent: 'headers' },
      received: [],
      expected: [[5, 'none']],
    },
  ])('$why', ({ batch, received, expected }) => {
    expect([...stepDown(batch, new Set(received))]).toEqual(expected);
  });
});
