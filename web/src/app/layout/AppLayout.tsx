import { Document, Page, PageContent, Surface } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { UnavailablePage } from '../pages/UnavailablePage';
import { Loading } from '../../components/Loading';
import { useSession } from '../session';
import { MainNavigation } from './MainNavigation';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID, SkipToMain } from './SkipToMain';
import { useTranslation } from 'react-i18next';

/**
 * After the user moved to another page, put focus on its h1 so screen readers
 * announce the new page. Not on first load (including redirects before the user
 * did anything): there the skip link must stay the first Tab stop.
 */
function useFocusHeadingOnNavigation(pathname: string) {
  const interacted = useRef(false);
  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    window.addEventListener('keydown', mark, true);
    window.addEventListener('pointerdown', mark, true);
    return () => {
      window.removeEventListener('keydown', mark, true);
      window.removeEventListener('pointerdown', mark, true);
    };
  }, []);
  useEffect(() => {
    if (interacted.current) {
      document.querySelector<HTMLElement>(`#${MAIN_ID} h1`)?.focus();
    }
  }, [pathname]);
}

function MainContent() {
  const { t } = useTranslation();
  const { status, loadError, retry } = useSession();
  if (status === 'loading') {
    return <Loading label={t('app.loadingSession')} />;
  }
  if (status === 'error') {
    return <UnavailablePage error={loadError} onRetry={retry} />;
  }
  return <Outlet />;
}

/** The Utrecht page skeleton around every page. */
export function AppLayout() {
  const { session } = useSession();
  const { pathname } = useLocation();
  useFocusHeadingOnNavigation(pathname);

  return (
    <Surface className="utrecht-theme dwb-surface">
      <Document className="dwb-document">
        <SkipToMain />
        <Page className="dwb-page">
          <SiteHeader />
          {session && <MainNavigation />}
          <PageContent className="dwb-content">
            <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-content__main dwb-main">
              <MainContent />
            </main>
          </PageContent>
          <SiteFooter />
        </Page>
      </Document>
    </Surface>
  );
}
