/** The `donation-decision` record sent to the endpoint (schema: src/content/schemas/donation-decision.schema.json). */
import { summarize } from './lots.js';
import type { Decision, DonationPolicy, Offer } from './model.js';
import { textFor } from './policy.js';

// A type, not an interface: envelopes take any `Record<string, unknown>`.
export type DecisionRecord = {
  policy: { id: string; version: string; title: string };
  checkedOn: string;
  deploymentDate: string;
  osDataAsOf: string;
  language: string;
  donor?: { name: string };
  summary: { accept: number; review: number; decline: number };
  items: {
    row?: number;
    offer: Offer;
    outcome: Decision['outcome'];
    results: Omit<Decision['results'][number], 'values'>[];
  }[];
};

export function decisionRecord(
  policy: DonationPolicy,
  items: { row?: number; offer: Offer; decision: Decision }[],
  options: { language: string; donorName?: string }
): DecisionRecord {
  const first = items[0].decision;
  const name = options.donorName?.trim().slice(0, 200);
  return {
    policy: { id: policy.id, version: policy.version, title: textFor(policy.title, 'en').slice(0, 300) },
    checkedOn: first.checkedOn,
    deploymentDate: first.deploymentDate,
    osDataAsOf: first.osDataAsOf,
    language: options.language,
    ...(name ? { donor: { name } } : {}),
    summary: summarize(items, 0).machines,
    items: items.map(({ row, offer, decision }) => ({
      ...(row !== undefined ? { row } : {}),
      offer,
      outcome: decision.outcome,
      results: decision.results.map(({ values: _values, ...rest }) => rest)
    }))
  };
}
