import { SkipLink } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) {
    return;
  }
  // Handle the jump ourselves: a hash change would be seen by the router as a navigation.
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** "Naar hoofdinhoud": the first Tab stop of every page, visible when focused. */
export function SkipToMain() {
  const { t } = useTranslation();
  return (
    <SkipLink href={`#${MAIN_ID}`} onClick={skipToMain}>
      {t('app.skipLink')}
    </SkipLink>
  );
}
