import { z } from 'zod';
import { idParamSchema } from '@/lib/validation/common';
import { createOrganizationSchema, listOrganizationsQuerySchema } from '@/lib/validation/organizations';
import { organizationResponseSchema, pageOf } from '@/lib/validation/responses';
import { defineContract } from '../contract';

export const listOrganizations = defineContract({
  operationId: 'listOrganizations',
  method: 'GET',
  path: '/api/v1/organizations',
  tag: 'organisations',
  summary: 'Organisations (labs with their accreditations)',
  query: listOrganizationsQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(organizationResponseSchema) } },
});

export const createOrganization = defineContract({
  operationId: 'createOrganization',
  method: 'POST',
  path: '/api/v1/organizations',
  tag: 'organisations',
  summary: 'Create an organisation (platform admins)',
  body: { content: { 'application/json': createOrganizationSchema } },
  response: { status: 201, content: { 'application/json': organizationResponseSchema } },
  errors: [403, 409],
});

export const getOrganization = defineContract({
  operationId: 'getOrganization',
  method: 'GET',
  path: '/api/v1/organizations/{id}',
  tag: 'organisations',
  summary: 'One organisation',
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': organizationResponseSchema } },
  errors: [404],
});

const eligibleLabSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string().nullable(),
  accreditation: z.object({ id: z.uuid(), body: z.string(), standard: z.string(), validUntil: z.iso.date() }),
  sharesGroupWithVendor: z.boolean().describe('Same organisation group as the vendor: the lab would have to refuse the assignment (independence)'),
});

export const listEligibleLabs = defineContract({
  operationId: 'listEligibleLabs',
  method: 'GET',
  path: '/api/v1/labs/eligible',
  tag: 'organisations',
  summary:
    "The labs that may evaluate a version of one of the caller's products: a valid accreditation covering its network function today (another vendor's version: 404)",
  query: z.strictObject({ productVersionId: z.uuid() }),
  response: { status: 200, content: { 'application/json': z.object({ items: z.array(eligibleLabSchema) }) } },
  errors: [404],
});
