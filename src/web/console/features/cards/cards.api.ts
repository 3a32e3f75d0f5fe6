import type { z } from 'zod';
import type { arrivalsResult, cardSchema, handoverBody } from '../../../../modules/cards/cards.schema.js';
import { api } from '../../lib/api.js';

type Wire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type Card = Wire<z.infer<typeof cardSchema>>;
export type ArrivalsResult = z.infer<typeof arrivalsResult>;
export type Handover = z.input<typeof handoverBody>;
export type CardStatus = 'waiting' | 'handed' | 'all';

export const listCards = (status: CardStatus, cursor?: string) => api<{ cards: Card[]; nextCursor: string | null }>('/cards', { query: { status, cursor, limit: 50 } });
export const registerArrivals = (cardNumbers: string[]) => api<ArrivalsResult>('/cards/arrivals', { method: 'POST', body: { cardNumbers } });
export const handOver = (id: string, body: Handover) => api<Card>(`/cards/${encodeURIComponent(id)}/handover`, { method: 'POST', body });
