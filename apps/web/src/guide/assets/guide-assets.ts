import 'server-only';
import { createHash } from 'node:crypto';
import { GUIDE_ASSET_ROOT } from '../guide-address';
import type { PageAssets } from '../site';
// Their text, as next.config.ts has Turbopack import it (see assets.d.ts).
import script from './guide.js?text';
import style from './guide.css?text';
import intakeScript from './intake.js?text';
import intakeWorker from './intake-worker.js?text';

export interface GuideAsset {
  name: string;
  contentType: string;
  body: string;
}

function hashed(stem: string, extension: string, contentType: string, body: string): GuideAsset {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
  return { name: `${stem}.${hash}.${extension}`, contentType, body };
}

const STYLE = hashed('guide', 'css', 'text/css; charset=utf-8', style);
const SCRIPT = hashed('guide', 'js', 'text/javascript; charset=utf-8', script);
const INTAKE = hashed('intake', 'js', 'text/javascript; charset=utf-8', intakeScript);
const WORKER = hashed('intake-worker', 'js', 'text/javascript; charset=utf-8', intakeWorker);

/** The URLs pages link to: a changed file gets a new name, so browsers may keep each for good. */
export const PAGE_ASSETS: PageAssets = {
  style: `${GUIDE_ASSET_ROOT}/${STYLE.name}`,
  script: `${GUIDE_ASSET_ROOT}/${SCRIPT.name}`,
};

/** The intake form's and follow-up's own script, and the worker that solves the proof-of-work. */
export const INTAKE_ASSETS = {
  ...PAGE_ASSETS,
  intakeScript: `${GUIDE_ASSET_ROOT}/${INTAKE.name}`,
  worker: `${GUIDE_ASSET_ROOT}/${WORKER.name}`,
};

export function guideAsset(name: string): GuideAsset | undefined {
  return [STYLE, SCRIPT, INTAKE, WORKER].find((asset) => asset.name === name);
}
