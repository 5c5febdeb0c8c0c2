import { DATASET_CHECKS, RULES } from '../../rules';
import { ruleTitlesFrom } from './render';

/** The titles of every rule and dataset check of the built-in catalogue: what audits and `ddss merge` render with. */
export const catalogueRuleTitle = ruleTitlesFrom([...RULES, ...DATASET_CHECKS]);
