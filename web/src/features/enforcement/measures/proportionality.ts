import type { FieldErrors } from '../../../components/fieldErrors';
import type { MeasureDetail, ProportionalityInput } from './api';

/** The three-step test (driestappentoets) as the jurist fills it in. */
export interface ProportionalityValues {
  suitable: boolean;
  necessary: boolean;
  proportionate: boolean;
  motivation: string;
}

export const MIN_MOTIVATION = 30;

/** The recorded test, or an empty one. */
export function proportionalityValues(measure: Pick<MeasureDetail, 'proportionality'>): ProportionalityValues {
  const recorded = measure.proportionality;
  return recorded
    ? { suitable: recorded.suitable, necessary: recorded.necessary, proportionate: recorded.proportionate, motivation: recorded.motivation }
    : { suitable: false, necessary: false, proportionate: false, motivation: '' };
}

export function validateProportionality(t: (key: 'measures.proportionality.errors.motivation') => string, values: ProportionalityValues): FieldErrors {
  return values.motivation.trim().length < MIN_MOTIVATION ? { motivation: t('measures.proportionality.errors.motivation') } : {};
}

export function toProportionalityInput(values: ProportionalityValues): ProportionalityInput {
  return { suitable: values.suitable, necessary: values.necessary, proportionate: values.proportionate, motivation: values.motivation.trim() };
}

/** Whether the procedure is still before the announcement, when the test can be (re)recorded. */
export function canTestNow(measure: Pick<MeasureDetail, 'status'>): boolean {
  return ['intake', 'investigation', 'intention', 'opinion_period', 'decision'].includes(measure.status);
}
