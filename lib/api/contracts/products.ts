import { z } from 'zod';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { idParamSchema } from '@/lib/validation/common';
import { createProductSchema, createVersionSchema, listProductsQuerySchema } from '@/lib/validation/products';
import { pageOf } from '@/lib/validation/responses';
import { defineContract } from '../contract';

const productSchema = z.object({
  id: z.uuid(),
  vendorOrgId: z.uuid(),
  name: z.string(),
  model: z.string().nullable(),
  networkFunction: z.string(),
  segment: z.enum(NETWORK_SEGMENTS),
  isVirtualized: z.boolean(),
  description: z.string().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
});

const productVersionSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  version: z.string(),
  releasedAt: z.iso.date().nullable(),
  createdAt: z.iso.datetime(),
});

export const listProducts = defineContract({
  operationId: 'listProducts',
  method: 'GET',
  path: '/api/v1/products',
  tag: 'products',
  summary: "The caller organisation's products (vendors), newest first; `q` searches names and models",
  query: listProductsQuerySchema,
  response: { status: 200, content: { 'application/json': pageOf(productSchema) } },
  errors: [403],
});

export const createProduct = defineContract({
  operationId: 'createProduct',
  method: 'POST',
  path: '/api/v1/products',
  tag: 'products',
  summary: 'Register a product (vendors); its network function fixes the segment and the applicable SCAS test cases. Logs product.created',
  body: { content: { 'application/json': createProductSchema } },
  response: { status: 201, content: { 'application/json': productSchema } },
  errors: [403],
});

export const getProduct = defineContract({
  operationId: 'getProduct',
  method: 'GET',
  path: '/api/v1/products/{id}',
  tag: 'products',
  summary: 'One product with the versions the caller may see',
  params: idParamSchema,
  response: { status: 200, content: { 'application/json': productSchema.extend({ versions: z.array(productVersionSchema) }) } },
  errors: [404],
});

export const createProductVersion = defineContract({
  operationId: 'createProductVersion',
  method: 'POST',
  path: '/api/v1/products/{id}/versions',
  tag: 'products',
  summary: 'Add a version to one of your products (owning vendor; others 404). A version label already used: 409. Logs version.created',
  params: idParamSchema,
  body: { content: { 'application/json': createVersionSchema } },
  response: { status: 201, content: { 'application/json': productVersionSchema } },
  errors: [404, 409],
});
