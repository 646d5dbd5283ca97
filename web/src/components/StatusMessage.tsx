import { Alert, Paragraph } from '@utrecht/component-library-react';

interface StatusMessageProps {
  children: string;
}

/** A success message, announced politely by screen readers (role=status). */
export function StatusMessage({ children }: StatusMessageProps) {
  return (
    <Alert type="ok" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
