import { Heading1 } from '@utrecht/component-library-react';
import { useDocumentTitle } from './useDocumentTitle';

interface PageTitleProps {
  children: string;
  /** Text for the browser tab when it should differ from the heading. */
  documentTitle?: string;
}

/**
 * The one h1 of a page. It also sets the document title, and can take focus
 * (tabIndex -1) so the layout can move focus to it after a client-side navigation.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  useDocumentTitle(documentTitle ?? children);
  return (
    <Heading1 className="dwb-page-title" tabIndex={-1}>
      {children}
    </Heading1>
  );
}
