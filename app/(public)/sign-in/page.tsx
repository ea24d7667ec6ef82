import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getActor } from '@/lib/auth/get-actor';
import { safeCallbackUrl } from '@/app/_components/auth/safe-callback-url';
import { Card } from '@/app/_components/ui/card';
import { SignInForm } from './_components/sign-in-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// next-auth may send people here with an error code; show our own words, never text from the URL.
const errorMessages: Record<string, string> = {
  CredentialsSignin: 'The email or password is not correct.',
  SessionRequired: 'Sign in to continue.',
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const code = typeof params.error === 'string' ? params.error : null;
  const initialError = code ? (errorMessages[code] ?? 'Sign-in did not work. Try again.') : null;

  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Sign in to Trustledger</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">
          Use the account your organisation&apos;s administrator created for you.
        </p>
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      </Card>
    </div>
  );
}
