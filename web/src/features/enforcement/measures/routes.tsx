import type { RouteObject } from 'react-router-dom';

// SKELETON: replaced by the helper that owns this folder.
export const measureRoutes: RouteObject[] = [];
