import type { RoutePlugin } from '../../platform/http/app-context.js';
import { deriveKey } from '../../platform/crypto.js';
import { documentStoreFor } from '../documents/document-store.js';
import { LogChannel, Notifier } from '../notifications/notifier.js';
import { applicationsRoutes } from './applications.routes.js';
import { assessmentFormRoutes } from './assessment/assessment-form.routes.js';
import type { ApplicationServices } from './case-context.js';
import { applicationDocumentsRoutes } from './documents/application-documents.routes.js';
import { publicIntakeRoutes } from './intake/public-intake.routes.js';
import { kelurahanRoutes } from './kelurahan/kelurahan.routes.js';
import { lettersRoutes } from './letters/letters.routes.js';
import { workflowRoutes } from './transitions/workflow.routes.js';

/** Every route of applications: intake, workflow, documents, letters, kelurahan batches, the assessment form. */
export const applicationsPlugin: RoutePlugin = async (app, { config, database }) => {
  const services: ApplicationServices = {
    database,
    config,
    notifier: new Notifier(database, new LogChannel(app.log), app.log),
    store: documentStoreFor(config),
    letterKey: deriveKey(config.sessionSecret, 'letter-verification'),
  };
  // Messages a crash or a channel outage left in the outbox go out once the channel answers again.
  const retry = setInterval(() => void services.notifier.retryQueued().catch(() => {}), 60_000);
  retry.unref();
  app.addHook('onClose', async () => clearInterval(retry));
  applicationsRoutes(app, services);
  workflowRoutes(app, services);
  publicIntakeRoutes(app, services);
  lettersRoutes(app, services);
  kelurahanRoutes(app, services);
  assessmentFormRoutes(app, services);
  await applicationDocumentsRoutes(app, services);
};
