import type { RouteObject } from 'react-router-dom';

/** Routes of referrals, caseload and trajectories. */
export const trajectoryRoutes: RouteObject[] = [];
