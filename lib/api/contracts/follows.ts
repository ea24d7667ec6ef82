import { followsResponseSchema, setFollowResponseSchema, setFollowSchema } from '@/lib/validation/follows';
import { defineContract } from '../contract';

export const listFollows = defineContract({
  operationId: 'listFollows',
  method: 'GET',
  path: '/api/v1/me/follows',
  tag: 'operators',
  summary: 'The network functions the caller follows (empty for anyone who cannot follow)',
  response: { status: 200, content: { 'application/json': followsResponseSchema } },
});

export const setFollow = defineContract({
  operationId: 'setFollow',
  method: 'POST',
  path: '/api/v1/me/follows',
  tag: 'operators',
  summary:
    'Follow ({networkFunction, isFollowing: true}) or stop following a network function: the inbox then tells of certificates issued, suspended and revoked for it. Operators only (others 403)',
  body: { content: { 'application/json': setFollowSchema } },
  response: { status: 200, content: { 'application/json': setFollowResponseSchema } },
  errors: [403],
});
