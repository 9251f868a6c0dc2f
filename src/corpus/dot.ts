/**
 * @module corpus/dot
 * Story clusters as a Graphviz digraph: one subgraph per cluster, origins drawn bold, derived-from
 * edges labelled with their relation and score.
 */
import type { Cluster } from './clusters.js';

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

export function clustersToDot(clusters: readonly Cluster[]): string {
  const lines = ['digraph newstrace {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];'];
  clusters.forEach((cluster, i) => {
    lines.push(`  subgraph ${quote(`cluster_${i}`)} {`, `    label=${quote(cluster.id)};`);
    for (const id of cluster.documents) lines.push(`    ${quote(id)}${id === cluster.origin ? ' [style=bold, penwidth=2]' : ''};`);
    for (const e of cluster.edges) lines.push(`    ${quote(e.from)} -> ${quote(e.to)} [label=${quote(`${e.relation} ${e.score.toFixed(2)}`)}];`);
    lines.push('  }');
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
