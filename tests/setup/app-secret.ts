import path from "node:path";
import { instancePaths } from "../../server/db/local/paths";

// The bookkeeping key of the test run (created once next to the test instance, like the app's own): every
// worker and child process seals and unseals accounts, sessions, tokens and the audit trail with it.
process.env.APP_SECRET_FILE ??= path.join(instancePaths("test").root, "app-secret.key");
