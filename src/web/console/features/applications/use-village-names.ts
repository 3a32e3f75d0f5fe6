import { useEffect, useState } from 'react';
import { api } from '../../lib/api.js';

interface Region {
  code: string;
  name: string;
}

// Region names never change during a session: one request per district, shared by every screen.
const cache = new Map<string, Promise<Map<string, string>>>();

function villagesOf(district: string): Promise<Map<string, string>> {
  let hit = cache.get(district);
  if (!hit) {
    hit = api<{ regions: Region[] }>('/regions', { query: { parent: district, limit: 100 } })
      .then((r) => new Map(r.regions.map((v) => [v.code, v.name])))
      .catch(() => {
        // No names is fine (codes are shown); try again on the next screen.
        cache.delete(district);
        return new Map<string, string>();
      });
    cache.set(district, hit);
  }
  return hit;
}

/** Kemendagri village code ("35.75.02.1001") → its name, for the codes given; codes stay until names arrive. */
export function useVillageNames(codes: readonly string[]): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    const districts = [...new Set(key.split(',').map((c) => c.split('.').slice(0, 3).join('.')))].filter((d) => d.split('.').length === 3);
    void Promise.all(districts.map(villagesOf)).then((maps) => {
      if (!live) return;
      const out = new Map<string, string>();
      for (const m of maps) for (const [k, v] of m) out.set(k, v);
      setNames(out);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
