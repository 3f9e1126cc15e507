import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common';

/** The product catalogue (P1): products with a SKU and a category tree. */

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });

export const CentsSchema = z
  .number({ message: 'must be a whole number of minor units (cents/分)' })
  .int({ message: 'must be a whole number of minor units (cents/分)' })
  .min(0, { message: 'must not be negative' })
  .max(2_147_483_647, { message: 'must be at most 2147483647 (21,474,836.47 in major units)' });

export const ProductSchema = z.object({
  id: IdSchema,
  sku: z.string(),
  name: z.string(),
  categoryId: IdSchema.nullable(),
  categoryPath: z.array(z.string()).describe('Category names from the root down'),
  listPriceCents: z.number(),
  active: z.boolean(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Product = z.infer<typeof ProductSchema>;

export const ProductCreateSchema = z
  .object({
    sku: text(64).regex(/^[^\s,;]+$/, { message: 'must not contain spaces, commas or semicolons' }),
    name: text(200),
    categoryId: IdSchema.nullable().optional(),
    listPriceCents: CentsSchema.default(0),
    active: z.boolean().default(true),
  })
  .strict();
export type ProductCreate = z.infer<typeof ProductCreateSchema>;

export const ProductUpdateSchema = ProductCreateSchema.partial().extend({ version: VersionSchema }).strict();
export type ProductUpdate = z.infer<typeof ProductUpdateSchema>;

export const ProductListQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    categoryId: IdSchema.optional(),
    active: z.enum(['true', 'false']).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ProductListQuery = z.infer<typeof ProductListQuerySchema>;

export const ProductPageSchema = z.object({
  data: z.array(ProductSchema),
  nextCursor: z.string().nullable(),
});

export const ProductCategorySchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  name: z.string(),
  position: z.number(),
  productCount: z.number(),
  version: z.number(),
});
export type ProductCategory = z.infer<typeof ProductCategorySchema>;

export const ProductCategoryCreateSchema = z
  .object({ name: text(100), parentId: IdSchema.nullable().optional() })
  .strict();
export type ProductCategoryCreate = z.infer<typeof ProductCategoryCreateSchema>;

export const ProductCategoryUpdateSchema = ProductCategoryCreateSchema.partial()
  .extend({ version: VersionSchema, position: z.number().int().min(0).max(100_000).optional() })
  .strict();
export type ProductCategoryUpdate = z.infer<typeof ProductCategoryUpdateSchema>;

export const ProductCategoryListSchema = z.object({ data: z.array(ProductCategorySchema) });

/** "Customers who bought this also bought" and per-customer suggestions (P4). */
export const RecommendationSchema = z.object({
  productId: IdSchema,
  sku: z.string(),
  name: z.string(),
  score: z.number(),
  /** Customers who bought both (also-bought), or null. */
  together: z.number().nullable(),
  /** Why: the product the customer owns that led here, or 'popular' for best sellers. */
  reason: z.enum(['bought', 'popular']),
  becauseProductId: IdSchema.nullable(),
  becauseName: z.string().nullable(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
export const RecommendationListSchema = z.object({ data: z.array(RecommendationSchema) });
