import type { RouteObject } from 'react-router-dom';

/** Routes of assessments, plans and daytime activities. */
export const planRoutes: RouteObject[] = [];
