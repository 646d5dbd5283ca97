/**
 * The plan sections of a trajectory page (assessment with trend, plan goals and actions, daytime activities).
 * The trajectory page mounts <TrajectoryPlanSections>; this area owns what it shows.
 */
export interface TrajectoryPlanSectionsProps {
  trajectoryId: string;
  /** Whether the signed-in user may change the trajectory (on the team, with records:write). */
  canWrite: boolean;
}

export function TrajectoryPlanSections(_props: TrajectoryPlanSectionsProps) {
  return null;
}
