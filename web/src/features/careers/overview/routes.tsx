import type { RouteObject } from 'react-router-dom';

/** Routes of the youth approach figures. */
export const careersOverviewRoutes: RouteObject[] = [];
