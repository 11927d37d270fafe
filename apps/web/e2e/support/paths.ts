import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const WEB_ROOT = path.resolve(__dirname, '../..');
export const API_DIST = path.join(REPO_ROOT, 'apps/api/dist');
