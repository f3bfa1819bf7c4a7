import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // `npm run typecheck` (tsc over the whole repo, scripts and tests included) is its own step of
  // `npm test` and CI; checking again inside every build would only double the build time.
  typescript: { ignoreBuildErrors: true },
  // Reads its VTIMEZONE files from its own folder (__dirname) at run time: bundled, it finds none.
  serverExternalPackages: ["@touch4it/ical-timezones"],
  experimental: {
    serverActions: { bodySizeLimit: "20mb" },
    // proxy.ts runs on /activity/import/upload, and Next passes on only this much of a body through a proxy (default 10 MB).
    proxyClientMaxBodySize: "50mb",
  },
  async headers() {
    // CSP (with a per-request nonce) is set in proxy.ts; these apply to every response.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
