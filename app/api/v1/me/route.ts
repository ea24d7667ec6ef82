import { apiRoute, json } from '@/lib/api/route';
import { requireActor } from '@/lib/auth/get-actor';
import { toMeDto } from '@/lib/dto/me';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async () => json(toMeDto(await requireActor())));
