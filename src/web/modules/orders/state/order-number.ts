/** The short number people quote: the shop's own id, else the end of ours. */
export const orderNumber = (order: { id: string; externalId: string | null }) =>
  order.externalId ?? `#${order.id.slice(-8).toUpperCase()}`;
