/**
 * The goal picker: for one library goal, which partner types serve it (most central first) and which
 * organizations, each with the reason in words ("serves: job seekers; brings: mentors").
 */
import type { CategoryContent, PartnerCategory, PartnerOrganization } from './model.js';

export interface RankedCategory {
  category: PartnerCategory;
  /** 3 when the goal is the type's first goal, 2 second, 1 later. */
  score: number;
  /** The reason in English; `parts` lets an element say it in the page's language. */
  reason: string;
  parts: ReasonParts;
}

export interface RankedOrganization {
  organization: PartnerOrganization;
  score: number;
  reason: string;
  parts: ReasonParts;
}

/** The pieces of a reason (from the data, lower case): the goal served, as which type, what they bring. */
export interface ReasonParts {
  serves: string;
  as?: string;
  brings: string;
}

function list(items: string[], max = 2): string {
  return items.slice(0, max).join(', ').toLowerCase();
}

export function rankCategories(goalId: string, content: CategoryContent): RankedCategory[] {
  const goal = content.goals.find(g => g.id === goalId);
  if (!goal) return [];
  return content.categories
    .map(category => {
      const at = category.goals.indexOf(goalId);
      const score = at < 0 ? 0 : Math.max(1, 3 - at);
      const parts = { serves: goal.label.toLowerCase(), brings: list(category.brings) };
      return { category, score, parts, reason: `Serves: ${parts.serves}; brings: ${parts.brings}` };
    })
    .filter(r => r.score > 0)
    .sort((a, b) => b.score - a.score || a.category.name.localeCompare(b.category.name));
}

export function rankOrganizations(
  goalId: string,
  organizations: PartnerOrganization[],
  content: CategoryContent,
  now = new Date()
): RankedOrganization[] {
  const goal = content.goals.find(g => g.id === goalId);
  if (!goal) return [];
  const byId = new Map(content.categories.map(c => [c.id, c]));
  const yearAgo = new Date(now.getTime() - 365 * 86400000).toISOString().slice(0, 10);
  const out: RankedOrganization[] = [];
  for (const organization of organizations) {
    if (!organization.goals.includes(goalId)) continue;
    let best: PartnerCategory | undefined;
    let categoryScore = 0;
    for (const id of organization.categories) {
      const c = byId.get(id);
      const at = c ? c.goals.indexOf(goalId) : -1;
      const s = at < 0 ? 0 : Math.max(1, 3 - at);
      if (c && s > categoryScore) {
        categoryScore = s;
        best = c;
      }
    }
    const stated = organization.statedGoals.includes(goalId);
    const fresh = !!organization.lastVerified && organization.lastVerified >= yearAgo;
    const score = categoryScore + (stated ? 3 : 0) + (fresh ? 1 : 0);
    const brings = organization.brings.length ? organization.brings : (best?.brings ?? []);
    const serves = stated
      ? goal.label.toLowerCase()
      : `${goal.label.toLowerCase()}${best ? ` (as ${best.name.toLowerCase()})` : ''}`;
    const parts = {
      serves: goal.label.toLowerCase(),
      as: !stated && best ? best.name.toLowerCase() : undefined,
      brings: brings.length ? list(brings) : ''
    };
    out.push({
      organization,
      score,
      parts,
      reason: `Serves: ${serves}${brings.length ? `; brings: ${list(brings)}` : ''}`
    });
  }
  return out.sort((a, b) => b.score - a.score || a.organization.name.localeCompare(b.organization.name));
}
