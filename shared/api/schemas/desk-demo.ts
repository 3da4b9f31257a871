import { z } from 'zod';

export const demoLoadResultSchema = z.object({ messages: z.int().nonnegative() });

/** 'empty' = first run (offer the demo or an account), 'demo' = the shipped sample mailbox. */
export const storeModeSchema = z.enum(['empty', 'demo', 'account']);
