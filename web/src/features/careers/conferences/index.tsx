/**
 * The case conferences a trajectory was discussed in, with their decisions, for the trajectory page.
 * The trajectory page mounts <TrajectoryConferences>; this area owns what it shows.
 */
export interface TrajectoryConferencesProps {
  trajectoryId: string;
}

export function TrajectoryConferences(_props: TrajectoryConferencesProps) {
  return null;
}
