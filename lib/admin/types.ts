// Shapes the moderation pages show, in a neutral module: the data layer builds them, components render them.

export type TAuditRow = {
  id: number;
  createdAt: Date;
  actor: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** The provider the entry concerns, when known (for a link to its moderation page). */
  providerId: number | null;
  details: Record<string, unknown>;
};
