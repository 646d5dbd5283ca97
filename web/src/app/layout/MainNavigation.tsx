import { NavBar, NavList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { PERMISSIONS, type Permission } from '../../domain/vocabulary';
import { paths } from '../paths';
import { useSession } from '../session';

export interface NavItem {
  to: string;
  label:
    | 'nav.myWork'
    | 'nav.registry'
    | 'nav.signals'
    | 'nav.enforcement'
    | 'nav.enforcementPolicy'
    | 'nav.careers'
    | 'nav.prevention'
    | 'nav.careersOverview'
    | 'nav.careerPolicy'
    | 'nav.signalCategories'
    | 'nav.users'
    | 'nav.areas'
    | 'nav.sbiCodes'
    | 'nav.legalDays'
    | 'nav.auditTrail'
    | 'nav.processingLog'
    | 'nav.processingRegister';
  /** Shown when the user has this permission, or one of these. */
  permission?: Permission | readonly Permission[];
  /** Only current on this exact path (otherwise also on the pages below it). */
  end?: boolean;
}

const ITEMS: readonly NavItem[] = [
  { to: paths.myWork, label: 'nav.myWork', end: true },
  { to: paths.signals, label: 'nav.signals', permission: PERMISSIONS.readRecords },
  { to: paths.enforcement, label: 'nav.enforcement', permission: [PERMISSIONS.readRecords, PERMISSIONS.readAggregates] },
  { to: paths.careers, label: 'nav.careers', permission: PERMISSIONS.referCareers },
  { to: paths.prevention, label: 'nav.prevention', permission: [PERMISSIONS.writePrevention, PERMISSIONS.readAggregates] },
  { to: paths.careersOverview, label: 'nav.careersOverview', permission: PERMISSIONS.readAggregates },
  { to: paths.registry, label: 'nav.registry', permission: PERMISSIONS.readRecords },
  { to: paths.users, label: 'nav.users', permission: PERMISSIONS.manageUsers },
  { to: paths.areas, label: 'nav.areas', permission: PERMISSIONS.manageReference },
  { to: paths.sbiCodes, label: 'nav.sbiCodes', permission: PERMISSIONS.manageReference },
  { to: paths.legalDays, label: 'nav.legalDays', permission: PERMISSIONS.manageReference },
  { to: paths.signalCategories, label: 'nav.signalCategories', permission: PERMISSIONS.manageReference },
  { to: paths.enforcementPolicy, label: 'nav.enforcementPolicy', permission: PERMISSIONS.manageEnforcement },
  { to: paths.careerPolicy, label: 'nav.careerPolicy', permission: PERMISSIONS.manageReference },
  { to: paths.auditTrail, label: 'nav.auditTrail', permission: PERMISSIONS.readAudit, end: true },
  { to: paths.processingLog, label: 'nav.processingLog', permission: PERMISSIONS.readAudit },
  { to: paths.processingActivities, label: 'nav.processingRegister', permission: PERMISSIONS.readAudit },
];

function matches(item: NavItem, pathname: string): boolean {
  if (item.end) return pathname === item.to;
  return pathname === item.to || pathname.startsWith(item.to.endsWith('/') ? item.to : `${item.to}/`);
}

/** The item that is current: of those whose path the location is at or below, the longest (Handhavingsbeleid, not Handhaving). */
export function currentItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  return items.filter((item) => matches(item, pathname)).sort((a, b) => b.to.length - a.to.length)[0];
}

/** Main navigation; each user only sees the items their permissions allow. */
export function MainNavigation() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const { pathname } = useLocation();
  const items = ITEMS.filter(
    ({ permission }) => permission === undefined || (typeof permission === 'string' ? hasPermission(permission) : permission.some(hasPermission)),
  );
  const current = currentItem(items, pathname);
  return (
    <NavBar aria-label={t('nav.label')} className="dwb-nav">
      <NavList>
        {items.map((item) => (
          <li key={item.to} className="utrecht-nav-list__item">
            <Link to={item.to} aria-current={item === current ? 'page' : undefined} className="utrecht-link utrecht-link--html-a utrecht-nav-list__link">
              {t(item.label)}
            </Link>
          </li>
        ))}
      </NavList>
    </NavBar>
  );
}
