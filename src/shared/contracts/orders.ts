import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common';
import { CentsSchema } from './products';

/** Orders (P2): lines, status, refunds against lines, and the customer purchase view (P3). */

export const orderStatuses = ['placed', 'paid', 'shipped', 'completed', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof orderStatuses)[number];
/** Statuses a person or client sets; `refunded` follows from refunds covering the whole order. */
export const settableStatuses = ['placed', 'paid', 'shipped', 'completed', 'cancelled'] as const;

const Quantity = z
  .number({ message: 'must be a whole number' })
  .int({ message: 'must be a whole number' })
  .min(1, { message: 'must be at least 1; record returns as a refund against the order line' })
  .max(1_000_000, { message: 'must be at most 1,000,000' });

const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code such as CNY' });

export const OrderLineInputSchema = z
  .object({
    productId: IdSchema.optional(),
    sku: z.string().trim().min(1).max(64).optional(),
    quantity: Quantity,
    /** Defaults to the product's list price. */
    unitPriceCents: CentsSchema.optional(),
    /** Discount on the whole line. */
    discountCents: CentsSchema.default(0),
    /** When given, must equal the order's currency. */
    currency: CurrencySchema.optional(),
  })
  .strict()
  .refine((l) => l.productId !== undefined || l.sku !== undefined, {
    message: 'needs productId or sku',
  });
export type OrderLineInput = z.infer<typeof OrderLineInputSchema>;

/** Who the order is for: an id, or a customer found by external id, phone or email. */
export const OrderCustomerRefSchema = z
  .object({
    externalId: z.string().trim().min(1).max(100).optional(),
    phone: z.string().trim().min(1).max(40).optional(),
    email: z.string().trim().min(1).max(254).optional(),
  })
  .strict()
  .refine((r) => r.externalId || r.phone || r.email, { message: 'needs externalId, phone or email' });

export const OrderCreateSchema = z
  .object({
    customerId: IdSchema.optional(),
    customer: OrderCustomerRefSchema.optional(),
    externalId: z.string().trim().min(1).max(100).optional(),
    channel: z.string().trim().min(1).max(40),
    status: z.enum(settableStatuses).default('placed'),
    currency: CurrencySchema.optional(),
    orderedAt: TimestampSchema.optional(),
    note: z.string().trim().max(2000).optional(),
    lines: z
      .array(OrderLineInputSchema)
      .min(1, { message: 'an order needs at least one line' })
      .max(500, { message: 'an order may have at most 500 lines' }),
  })
  .strict()
  .refine((o) => (o.customerId === undefined) !== (o.customer === undefined), {
    message: 'give exactly one of customerId or customer',
    path: ['customerId'],
  });
export type OrderCreate = z.infer<typeof OrderCreateSchema>;
/** What a client sends: defaults (status, discounts) may be left out. */
export type OrderCreateInput = z.input<typeof OrderCreateSchema>;

export const OrderUpdateSchema = z
  .object({
    version: VersionSchema,
    customerId: IdSchema.optional(),
    status: z.enum(settableStatuses).optional(),
    channel: z.string().trim().min(1).max(40).optional(),
    orderedAt: TimestampSchema.optional(),
    note: z.string().trim().max(2000).nullable().optional(),
    /** Replaces every line; only while the order has no refunds. */
    lines: z.array(OrderLineInputSchema).min(1).max(500).optional(),
  })
  .strict();
export type OrderUpdate = z.infer<typeof OrderUpdateSchema>;

export const RefundCreateSchema = z
  .object({
    lines: z
      .array(
        z
          .object({
            lineNo: z.number().int().min(1),
            /** Items returned; 0 for a refund of money only. */
            quantity: z.number().int().min(0).max(1_000_000),
            /** Defaults to the line's price per item times the quantity. */
            amountCents: CentsSchema.min(1, { message: 'must be at least 1' }).optional(),
          })
          .strict(),
      )
      .min(1, { message: 'a refund needs at least one line' })
      .max(500),
    reason: z.string().trim().max(500).optional(),
    refundedAt: TimestampSchema.optional(),
  })
  .strict();
export type RefundCreate = z.infer<typeof RefundCreateSchema>;

export const OrderLineSchema = z.object({
  lineNo: z.number(),
  productId: IdSchema,
  productName: z.string(),
  quantity: z.number(),
  unitPriceCents: z.number(),
  discountCents: z.number(),
  totalCents: z.number(),
  refundedQuantity: z.number(),
  refundedCents: z.number(),
});

export const OrderRefundSchema = z.object({
  id: IdSchema,
  lineNo: z.number(),
  quantity: z.number(),
  amountCents: z.number(),
  reason: z.string().nullable(),
  refundedAt: TimestampSchema,
});

export const OrderSchema = z.object({
  id: IdSchema,
  customerId: IdSchema,
  customerName: z.string(),
  externalId: z.string().nullable(),
  status: z.enum(orderStatuses),
  channel: z.string(),
  currency: z.string(),
  orderedAt: TimestampSchema,
  totalCents: z.number(),
  refundedCents: z.number(),
  /** What the order counts for in revenue: 0 when cancelled, else total less refunds. */
  netCents: z.number(),
  note: z.string().nullable(),
  version: z.number(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  lines: z.array(OrderLineSchema),
  refunds: z.array(OrderRefundSchema),
});
export type Order = z.infer<typeof OrderSchema>;

export const OrderSummarySchema = OrderSchema.omit({ lines: true, refunds: true }).extend({
  lineCount: z.number(),
});
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const OrderListQuerySchema = z
  .object({
    customerId: IdSchema.optional(),
    status: z.enum(orderStatuses).optional(),
    channel: z.string().max(40).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type OrderListQuery = z.infer<typeof OrderListQuerySchema>;

export const OrderPageSchema = z.object({
  data: z.array(OrderSummarySchema),
  nextCursor: z.string().nullable(),
});

export const ChannelSchema = z.object({
  key: z.string(),
  label: z.string().nullable(),
  position: z.number(),
  archived: z.boolean(),
});
export const ChannelListSchema = z.object({ data: z.array(ChannelSchema) });
export const ChannelUpdateSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            key: z
              .string()
              .trim()
              .regex(/^[a-z0-9_]{1,40}$/, { message: 'must be lower-case letters, digits or _' }),
            label: z.string().trim().min(1).max(40).nullable(),
            archived: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export type ChannelUpdate = z.infer<typeof ChannelUpdateSchema>;

/** The 360 page's purchases tab. */
export const CustomerPurchasesSchema = z.object({
  currency: z.string(),
  monthly: z.array(z.object({ month: z.string(), revenueCents: z.number(), orders: z.number() })),
  categories: z.array(
    z.object({ category: z.string().nullable(), revenueCents: z.number(), quantity: z.number() }),
  ),
  products: z.array(
    z.object({
      productId: IdSchema,
      name: z.string(),
      orders: z.number(),
      quantity: z.number(),
      revenueCents: z.number(),
      lastOrderedAt: TimestampSchema,
    }),
  ),
});
export type CustomerPurchases = z.infer<typeof CustomerPurchasesSchema>;
