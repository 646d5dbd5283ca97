import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { verifyAuditChain, type ChainVerification } from '../api';

function VerificationResult({ result }: { result: ChainVerification }) {
  const { t } = useTranslation();
  if (result.ok) {
    return (
      <Alert type="ok" role="status">
        <Paragraph>{t('audit.trail.verifyOk', { count: result.checked })}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t('audit.trail.verifyBroken', { id: result.firstBrokenId ?? '?', count: result.checked })}</Paragraph>
      {result.problem && <Paragraph>{t('audit.trail.verifyProblem', { problem: result.problem })}</Paragraph>}
    </Alert>
  );
}

/** "Keten controleren": asks the server to recompute the audit hash chain and shows the outcome. */
export function ChainVerifier() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ChainVerification | null>(null);
  const [error, setError] = useState<unknown>(null);

  const verify = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await verifyAuditChain());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="audit-verify-heading" className="dwb-section">
      <Heading2 id="audit-verify-heading">{t('audit.trail.verifyHeading')}</Heading2>
      <Paragraph>{t('audit.trail.verifyText')}</Paragraph>
      <Paragraph>
        <Button appearance="secondary-action-button" busy={busy} onClick={() => void verify()}>
          {t('audit.trail.verify')}
        </Button>
      </Paragraph>
      <div className="dwb-feedback">
        {result && <VerificationResult result={result} />}
        {error !== null && <ErrorAlert error={error} />}
      </div>
    </section>
  );
}
