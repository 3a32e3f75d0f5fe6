/** Kemendagri region codes are public reference data, the same for every office. */
export const publicRoutes = ['GET /api/v1/regions'];
