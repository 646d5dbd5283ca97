import type { RouteObject } from 'react-router-dom';

/** Routes of case conferences. */
export const conferenceRoutes: RouteObject[] = [];
