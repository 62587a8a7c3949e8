// Size budgets: every JS entry in `exports`. Budgets live in size-budgets.json.
import { sizeChecks } from '../../scripts/size-checks.mjs';

export default sizeChecks(new URL('./', import.meta.url));
