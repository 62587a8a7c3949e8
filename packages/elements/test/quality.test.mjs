// publint, attw, the tarball's contents, README and LICENSE, and the size budgets.
import { packageQualityTests } from '../../../scripts/package-quality.mjs';

packageQualityTests(new URL('../', import.meta.url));
