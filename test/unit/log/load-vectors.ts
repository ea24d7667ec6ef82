import { readFileSync } from 'node:fs';
import { fromHex } from '@/lib/log/bytes';

type InclusionVector = { leaf_index: number; tree_size: number; path: string[]; leaf_hash: string; root: string };
type ConsistencyVector = { size1: number; size2: number; path: string[]; root1: string; root2: string };
type Probe = { want_error: boolean; desc: string; source: string };
type SignedNoteVector = {
  name: string;
  vkey: string;
  skey?: string;
  note: string;
  text: string;
  expect_valid: boolean;
  expect_verified_names?: string[];
  deterministic_resign?: boolean;
};

export type MerkleVectors = {
  rfc6962_hasher_vectors: {
    vectors: { desc: string; kind: 'empty_root' | 'leaf' | 'node'; want: string; input_hex?: string; left_hex?: string; right_hex?: string }[];
  };
  reference_tree: { leaves: string[]; leaf_hashes: string[]; node_hashes_by_level: string[][]; roots: Record<string, string> };
  inclusion_proofs: InclusionVector[];
  consistency_proofs: ConsistencyVector[];
  proof_probes: {
    inclusion: (Omit<InclusionVector, 'leaf_hash' | 'root'> & Probe & { leaf_hash: string | null; root: string | null })[];
    consistency: (Omit<ConsistencyVector, 'root1' | 'root2'> & Probe & { root1: string | null; root2: string | null })[];
  };
  accumulated_subtree_vectors: { subtree_hash: { want: string }; subtree_inclusion: { want: string } };
  signed_notes: SignedNoteVector[];
  go_sumdb_tree_note: { text: string; origin: string; size: number; root_is_leaf_hash_of: string };
  tessera_testdata_log: {
    origin: string;
    vkey: string;
    skey: string;
    entries_utf8: string[];
    entries_hex: string[];
    level0_tile_hex: string[];
    checkpoints: { size: number; note: string }[];
  };
  rfc8785_jcs_vectors: {
    numbers_ieee754_hex_to_text: [string, string][];
    sample_object_input_json: string;
    sample_object_canonical: string;
  };
};

export const vectors: MerkleVectors = JSON.parse(
  readFileSync(new URL('../../fixtures/merkle-vectors.json', import.meta.url), 'utf8'),
);

/** Hex to bytes, with a null field (as in some probes) read as an empty hash. */
export function hexBytes(hex: string | null): Uint8Array {
  return hex === null ? new Uint8Array(0) : fromHex(hex);
}
