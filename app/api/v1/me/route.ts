import { endpoint } from '@/lib/api/endpoint';
import { json } from '@/lib/api/route';
import { getMe } from '@/lib/api/contracts/identity';
import { toMeDto } from '@/lib/dto/me';

export const dynamic = 'force-dynamic';

export const GET = endpoint(getMe, async ({ actor }) => json(toMeDto(actor)));
