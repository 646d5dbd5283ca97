import type { RouteObject } from 'react-router-dom';

/** Routes of prevention activities. */
export const preventionRoutes: RouteObject[] = [];
