import { DATASET_CHECKS, FIELD_LABELS, RULES } from '../../rules';
import type { LocalizedText } from '../core';
import { ruleTitlesFrom } from './render';

/** The titles of every rule and dataset check of the built-in catalogue: what audits and `ddss merge` render with. */
export const catalogueRuleTitle = ruleTitlesFrom([...RULES, ...DATASET_CHECKS]);

/** What the built-in catalogue's fields are called, for the field and column tables of reports. */
export const catalogueFieldLabel = (field: string): LocalizedText | undefined => (Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined);
