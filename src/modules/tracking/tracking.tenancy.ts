/** Public tracking looks an application up by receipt number and birth date, never by the caller's office. */
export const publicRoutes = ['POST /api/v1/track'];
export const tenancyFixtures = [];
