import type { ConsoleRoute } from '../../app/route-types.js';
import { AssessmentFormPage } from './AssessmentFormPage.js';
import { BpjsSettingsPage } from './BpjsSettingsPage.js';
import { FaskesPage } from './FaskesPage.js';
import { HolidaysPage } from './HolidaysPage.js';
import { SettingsIndexPage } from './SettingsIndexPage.js';
import { settingsMessages as m } from './settings.messages.js';
import { StandardPage } from './StandardPage.js';

// The office's configuration: each write endpoint behind these screens is office_admin only.
const roles = ['office_admin'] as const;

export const settingsRoutes: ConsoleRoute[] = [
  {
    path: '/settings',
    render: () => <SettingsIndexPage />,
    roles,
    office: true,
    nav: { label: { id: m.id.nav, en: m.en.nav }, order: 70, description: { id: m.id.navDescription, en: m.en.navDescription } },
  },
  { path: '/settings/standard', render: () => <StandardPage />, roles, office: true },
  { path: '/settings/holidays', render: () => <HolidaysPage />, roles, office: true },
  { path: '/settings/faskes', render: () => <FaskesPage />, roles, office: true },
  { path: '/settings/assessment-form', render: () => <AssessmentFormPage />, roles, office: true },
  { path: '/settings/bpjs', render: () => <BpjsSettingsPage />, roles, office: true },
];
