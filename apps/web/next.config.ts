import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './src/security/headers';

const nextConfig: NextConfig = {
  // Staff and survivors both use this app: say nothing about the stack to whoever looks.
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Anyone can post to a server action, signed in or not: keep their bodies small. The one
    // large upload, a zipped guide, goes to its own route handler, which checks the session
    // before it reads the body and is left out of the proxy, whose copy of a body stops here.
    serverActions: { bodySizeLimit: '1mb' },
    proxyClientMaxBodySize: '1mb',
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
