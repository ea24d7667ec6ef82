import type { ReadNodes } from '@/lib/log/build-proof';
import { appendToFrontier, type HashedNode } from '@/lib/log/frontier';
import { nodeKey } from '@/lib/log/node-coords';

export type MemoryNodeStore = {
  /** Appends a leaf hash, storing every node it completes; returns those nodes (bottom-up). */
  append(leafHash: Uint8Array): HashedNode[];
  size(): number;
  readNodes: ReadNodes;
  /** Every stored node, keyed by `nodeKey` (for tests that tamper with storage). */
  nodes: Map<string, Uint8Array>;
};

/**
 * An in-memory stand-in for the `log_nodes` table: keeps every complete aligned subtree hash, built with
 * `appendToFrontier` exactly as the database storage does. For tests and local tools.
 */
export function createMemoryNodeStore(): MemoryNodeStore {
  const nodes = new Map<string, Uint8Array>();
  let frontier: Uint8Array[] = [];
  let size = 0;
  return {
    append(leafHash) {
      const { newNodes, newFrontier } = appendToFrontier(frontier, size, leafHash);
      for (const node of newNodes) nodes.set(nodeKey(node), node.hash);
      frontier = newFrontier;
      size++;
      return newNodes;
    },
    size: () => size,
    async readNodes(coords) {
      const found = new Map<string, Uint8Array>();
      for (const coord of coords) {
        const hash = nodes.get(nodeKey(coord));
        if (hash !== undefined) found.set(nodeKey(coord), hash);
      }
      return found;
    },
    nodes,
  };
}
