import type { Guide } from '@cairn/content';
import type { HelplineView } from '@cairn/contracts';
import type { GuidePaths } from './paths';

/** A helpline as a guide lists it. */
export interface SiteHelpline extends HelplineView {
  /** The organisation that runs it, named in the shared guide's directory. */
  runBy?: string;
}

/** One guide readers can visit: the shared one, or an organisation's branded one. */
export interface GuideSite {
  /** Shown at the top of every page: Cairn, or the organisation's name. */
  brand: string;
  paths: GuidePaths;
  guide: Guide;
  /** The helplines this guide points to; undefined when they cannot be had right now. */
  helplines(): Promise<SiteHelpline[] | undefined>;
  /**
   * An organisation's guide: its slug, and the content address of each form file (by path)
   * that its pages render, so a submission names the revision it was filled from. The shared
   * guide has neither: no organisation receives its forms, so they are only read.
   */
  intake?: { slug: string; formVersion(file: string): string | undefined };
}

/** The stylesheet and script every page links to, by their content-hashed URLs. */
export interface PageAssets {
  style: string;
  script: string;
}
