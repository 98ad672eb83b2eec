import { createCheckRegistry } from '../exercises/check-registry';
import { generalChecks } from './general-checks';

/** Every check an exercise file may name. Each tool adds its list here. */
export const allChecks = createCheckRegistry([...generalChecks]);
