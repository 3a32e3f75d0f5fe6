import type { ReactElement } from 'react';
import type { Role } from '../../../platform/auth/roles.js';

/**
 * A screen of the console. Each feature folder exports its screens as a list of these
 * (features/<feature>/index.ts) and app/routes.ts concatenates the lists: adding a screen never
 * touches the others.
 */
export interface ConsoleRoute {
  /** Inside /console, with :params ("/staff/:id"). */
  path: string;
  render: (params: Record<string, string>) => ReactElement;
  /** Any of these roles; absent = every logged-in account. */
  roles?: readonly Role[];
  /** Needs an office (platform admins have none). */
  office?: boolean;
  /** Shown in the main menu when present. */
  nav?: {
    label: { id: string; en: string };
    order: number;
    /** What the screen is for, shown on the home screen. */
    description?: { id: string; en: string };
    /** The user's own settings rather than office work (the home screen tells them apart). */
    personal?: boolean;
  };
}
