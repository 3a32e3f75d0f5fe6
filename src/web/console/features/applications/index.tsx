import type { ConsoleRoute } from '../../app/route-types.js';
import { CASE_READERS } from '../../../../modules/applications/applications.roles.js';
import { ApplicationPage } from './ApplicationPage.js';

export const applicationRoutes: ConsoleRoute[] = [
  { path: '/applications/:id', render: (p) => <ApplicationPage id={p.id!} />, roles: CASE_READERS, office: true },
];
