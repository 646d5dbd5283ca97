import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { dismissDuplicate, type DuplicatePair, type MergeView } from '../api';
import { MergeAction } from './MergeAction';

interface DuplicateActionsProps {
  pair: DuplicatePair;
  /** The subject kept by default (on a profile: the profile's subject). */
  defaultSurvivorId: string;
  /** Name of the other subject, for the buttons' accessible names. */
  otherLabel: string;
  onMerged: (merge: MergeView) => void;
  onDismissed: (pair: DuplicatePair) => void;
}

/** "Samenvoegen" and "Geen dubbel" for one possible duplicate pair. */
export function DuplicateActions({ pair, defaultSurvivorId, otherLabel, onMerged, onDismissed }: DuplicateActionsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const dismiss = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDismissed(await dismissDuplicate(pair.id));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dwb-actions dwb-actions--compact">
      <MergeAction idPrefix={`duplicate-${pair.id}`} a={pair.a} b={pair.b} defaultSurvivorId={defaultSurvivorId} context={otherLabel} onMerged={onMerged} />
      <Button appearance="subtle-button" busy={busy} onClick={() => void dismiss()}>
        {t('registry.merge.dismiss')}
        <span className="dwb-visually-hidden">: {otherLabel}</span>
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
