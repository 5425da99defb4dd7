// The matching part of the JSON API (issue 4): operations declared here are listed in the OpenAPI
// document by api.server.ts; route modules under app/routes/api.v1.* use their schemas.
import type { Operation } from './api.server.ts';

export const matchingOperations = [] as const satisfies Operation[];
