// People's words for the report enums (Protobuf's JSON mapping prints enums by name).

export const DIMENSIONS = {
  DIMENSION_VALUES: 'Values',
  DIMENSION_EMPOWERMENT: 'Empowerment',
  DIMENSION_RECOGNITION: 'Recognition',
  DIMENSION_LEADERSHIP: 'Leadership',
  DIMENSION_COLLABORATION: 'Collaboration',
};

export const PERIODS = [
  ['week', 'Week'],
  ['4w', '4 weeks'],
  ['month', 'Month'],
  ['quarter', 'Quarter'],
];

export const CATEGORIES = {
  REMEDIATION_CATEGORY_REFUND: 'Refund',
  REMEDIATION_CATEGORY_REPLACEMENT: 'Replacement',
  REMEDIATION_CATEGORY_DISCOUNT_OR_VOUCHER: 'Discount or voucher',
  REMEDIATION_CATEGORY_FREE_SERVICE: 'Free service',
  REMEDIATION_CATEGORY_OTHER: 'Other',
};

export const BANDS = {
  AMOUNT_BAND_NO_MONEY: 'No money',
  AMOUNT_BAND_UP_TO_HALF: 'Up to half the limit',
  AMOUNT_BAND_UP_TO_LIMIT: 'Up to the limit',
  AMOUNT_BAND_ABOVE_LIMIT_APPROVED: 'Above, with approval',
  AMOUNT_BAND_ABOVE_LIMIT_UNAPPROVED: 'Above, without approval',
};

export const ALERTS = {
  ALERT_KIND_SIGNIFICANT_DROP: ['Significant drop', 'danger'],
  ALERT_KIND_LOW_PARTICIPATION: ['Low participation', 'warn'],
  ALERT_KIND_POLARISED: ['Polarised', 'warn'],
  ALERT_KIND_QUARANTINED: ['Quarantined answers', 'muted'],
  ALERT_KIND_ABOVE_HEADCOUNT: ['Above headcount', 'muted'],
  ALERT_KIND_MATURITY_OVERDUE: ['Self-assessment overdue', 'warn'],
};

export const ROLES = { hr_admin: 'HR admin', manager: 'Manager', operator: 'Operator' };

// Returns the label of a dimension; an unspecified dimension means the whole index.
export function dimensionLabel(dimension) {
  return DIMENSIONS[dimension] || 'Culture Health Index';
}

export const PLAN_STATUSES = {
  PLAN_STATUS_PLANNED: ['Planned', 'muted'],
  PLAN_STATUS_IN_PROGRESS: ['In progress', 'warn'],
  PLAN_STATUS_DONE: ['Done', 'ok'],
  PLAN_STATUS_DROPPED: ['Dropped', 'muted'],
};

export const LANGUAGES = { en: 'English', es: 'Spanish', fr: 'French' };

// Returns "dimension:DIMENSION_VALUES" for a plan target, the key the server compares targets by.
export function targetId(target) {
  if (!target) return '';
  switch (target.kind) {
    case 'PLAN_TARGET_KIND_DIMENSION': return `dimension:${target.dimension}`;
    case 'PLAN_TARGET_KIND_QUESTION': return `question:${target.questionKey}`;
    case 'PLAN_TARGET_KIND_EMPOWERMENT': return `empowerment:${target.figure}`;
    default: return '';
  }
}

// Returns the target of a targetId string.
export function targetOf(id) {
  const [kind, key] = (id || '').split(':');
  if (kind === 'dimension') return { kind: 'PLAN_TARGET_KIND_DIMENSION', dimension: key };
  if (kind === 'question') return { kind: 'PLAN_TARGET_KIND_QUESTION', questionKey: key };
  if (kind === 'empowerment') return { kind: 'PLAN_TARGET_KIND_EMPOWERMENT', figure: key };
  return null;
}
