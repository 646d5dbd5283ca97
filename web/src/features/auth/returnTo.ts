import type { Location } from 'react-router-dom';
import type { ReturnToState } from '../../app/guards';
import { paths } from '../../app/paths';

/** Where to go after login: the page the user originally asked for, or Mijn werk. */
export function returnTo(location: Location): string {
  const state = location.state as ReturnToState | null;
  const from = state?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith(paths.login) ? from : paths.myWork;
}
