import 'server-only';
import { createHash } from 'node:crypto';
import { GUIDE_ASSET_ROOT } from '../guide-address';
import type { PageAssets } from '../site';
// Their text, as next.config.ts has Turbopack import it (see assets.d.ts).
import script from './guide.js?text';
import style from './guide.css?text';

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

/** The URLs pages link to: a changed file gets a new name, so browsers may keep each for good. */
export const PAGE_ASSETS: PageAssets = {
  style: `${GUIDE_ASSET_ROOT}/${STYLE.name}`,
  script: `${GUIDE_ASSET_ROOT}/${SCRIPT.name}`,
};

export function guideAsset(name: string): GuideAsset | undefined {
  return [STYLE, SCRIPT].find((asset) => asset.name === name);
}
