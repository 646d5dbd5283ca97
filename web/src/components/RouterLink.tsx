import type { ReactNode } from 'react';
import { Link as ReactRouterLink, type LinkProps as ReactRouterLinkProps } from 'react-router-dom';

interface RouterLinkProps extends Omit<ReactRouterLinkProps, 'className'> {
  children: ReactNode;
  className?: string;
}

/** A client-side navigation link that looks like an Utrecht Link. */
export function RouterLink({ children, className, ...props }: RouterLinkProps) {
  const classes = ['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ');
  return (
    <ReactRouterLink className={classes} {...props}>
      {children}
    </ReactRouterLink>
  );
}
