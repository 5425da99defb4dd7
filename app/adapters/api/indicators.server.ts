// The indicators' part of the JSON API: the figures for an area, a period and a fair, with their
// numerators, denominators and definitions, protected for readers without caseload rights.
import { z } from 'zod';
import { indicatorKeys } from '#app/services/indicators/definitions.ts';
import { indicatorQuerySchema, indicatorReport } from '#app/services/indicators/report.server.ts';
import { targetStatuses } from '#app/services/indicators/targets.ts';
import { defineOperation } from './operation.ts';

const count = z
  .union([z.number().int(), z.literal('<5')])
  .describe('A count; "<5" for 1–4 when the reader has no caseload rights over the people');
const text = z.object({ vi: z.string(), en: z.string() });

const reportSchema = z.object({
  area: z.union([
    z.object({ kind: z.literal('country') }),
    z.object({ kind: z.enum(['province', 'commune']), code: z.string() }),
    z.object({ kind: z.literal('plan'), id: z.string(), name: z.string() }),
  ]),
  plan: z
    .object({ id: z.string(), name: z.string(), decisionNumber: z.string().nullable(), areaName: z.string().nullable() })
    .nullable()
    .describe('The plan whose targets the figures are held against'),
  from: z.string(),
  to: z.string(),
  fairId: z.string().nullable(),
  protected: z.boolean().describe('Counts of 1–4 are hidden, with the rates built on them'),
  managed: text.describe('Who "managed" (the denominator of most figures) is'),
  figures: z.array(
    z.object({
      key: z.enum(indicatorKeys),
      numerator: count,
      denominator: count,
      value: z.number().nullable().describe('numerator / denominator; null when nobody is counted or a count is hidden'),
      unknown: count
        .optional()
        .describe('stable_job: people whose job reached the mark with no follow-up saying whether it lasted (not stable)'),
      definition: text,
      target: z
        .union([
          z.object({ direction: z.literal('at_least'), low: z.number(), high: z.number() }),
          z.object({ direction: z.literal('below'), limit: z.number() }),
        ])
        .optional()
        .describe('The plan’s target (fractions): a band to reach, or a limit to stay below'),
      status: z
        .enum(targetStatuses)
        .optional()
        .describe('Where the figure stands against the target (close: at least 90 % of the lower bound)'),
    }),
  ),
  asOf: z.string().describe('When the figures were read: every step committed before it is in them'),
});

export const indicatorOperations = [
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/indicators',
      summary:
        'The employment indicators for an area (your province or one of its communes; the country for administrators), a period and optionally a fair',
      tag: 'Indicators',
      access: 'read:indicator',
      query: indicatorQuerySchema,
      responses: {
        200: { description: 'The figures', schema: reportSchema },
        400: { description: 'Invalid query (one message per field)' },
        401: { description: 'Not signed in' },
        403: { description: 'Not allowed for this role' },
        404: { description: 'An area outside your scope (it looks exactly like a missing one)' },
      },
    },
    async ({ actor, executor, query, context }) => ({
      body: await indicatorReport(executor, actor, query, { stableMonths: context.services.env.STABLE_JOB_MONTHS }),
    }),
  ),
];
