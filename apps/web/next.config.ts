import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './src/security/headers';

const nextConfig: NextConfig = {
  // Staff and survivors both use this app: say nothing about the stack to whoever looks.
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // An admin's zipped guide (at most 20 MiB) reaches the import action whole; the proxy
    // would otherwise cut a body at 10 MB and server actions refuse one over 1 MB.
    serverActions: { bodySizeLimit: '21mb' },
    proxyClientMaxBodySize: '21mb',
  },
  turbopack: {
    rules: {
      // The public guide's stylesheet and script, served by its own route with a hashed name.
      '*.{css,js}': {
        condition: { all: [{ path: /src\/guide\/assets\// }, { query: '?text' }] },
        type: 'raw',
      },
    },
  },
  // Here rather than in the proxy, so that static files carry them too.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
