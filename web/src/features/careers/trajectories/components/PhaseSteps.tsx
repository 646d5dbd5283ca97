import { useTranslation } from 'react-i18next';
import type { Phase } from '../api';
import { phaseSteps } from '../forms';
import { phaseLabel } from '../labels';

/** The phases as a step indicator; the current step carries aria-current="step". */
export function PhaseSteps({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('careers.phaseSteps')}>
      <ol className="dwb-steps">
        {phaseSteps(phase).map((step) => (
          <li key={step.phase} className={`dwb-steps__step dwb-steps__step--${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
            {phaseLabel(t, step.phase)}
            {step.state === 'done' && <span className="dwb-visually-hidden"> ({t('careers.stepDone')})</span>}
            {step.state === 'current' && <span className="dwb-visually-hidden"> ({t('careers.stepCurrent')})</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
