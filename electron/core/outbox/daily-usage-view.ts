import type { z } from 'zod';
import type { dailyUsageSchema } from '../../../shared/api/schemas/replies.js';

export type DailyUsageView = z.infer<typeof dailyUsageSchema>;
