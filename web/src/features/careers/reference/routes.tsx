import type { RouteObject } from 'react-router-dom';

/** Routes of the youth approach reference data (beheer). */
export const careerPolicyRoutes: RouteObject[] = [];
