import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './src/security/headers';

const nextConfig: NextConfig = {
  // Staff and survivors both use this app: say nothing about the stack to whoever looks.
  poweredByHeader: false,
  reactStrictMode: true,
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
