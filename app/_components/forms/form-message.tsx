import { Alert } from '@/app/_components/ui/alert';

type Props = { message: string | null; isOk: boolean; 'data-testid'?: string };

/** The outcome of the last submit: success is announced politely, failure at once. */
export function FormMessage({ message, isOk, ...rest }: Props) {
  if (!message) return null;
  return (
    <Alert tone={isOk ? 'success' : 'error'} {...rest}>
      {message}
    </Alert>
  );
}
