import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/app/_components/providers';
import { SkipLink } from '@/app/_components/ui/skip-link';
import './globals.css';

export const metadata: Metadata = {
  title: { template: '%s · Trustledger', default: 'Trustledger' },
  description: 'A verifiable trust record for telecom network equipment.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <SkipLink />
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
