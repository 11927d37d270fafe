// The workspace's rules, plus React's and Next's for the web app's own sources.
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import root from '../../eslint.config.mjs';

export default [
  ...root,
  reactHooks.configs.flat.recommended,
  nextPlugin.configs['core-web-vitals'],
  {
    settings: { next: { rootDir: import.meta.dirname } },
  },
];
