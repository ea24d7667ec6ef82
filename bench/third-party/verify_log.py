#!/usr/bin/env python3
"""An independent verifier for a Trustledger transparency log, written from the specifications only
(RFC 9162 section 2.1, c2sp.org/signed-note, c2sp.org/tlog-checkpoint), sharing no code with the portal.

Python standard library plus the `cryptography` package (Ed25519). Two ways to feed it:

  python3 bench/third-party/verify_log.py --url http://127.0.0.1:3217      # the public endpoints of a running portal
  python3 bench/third-party/verify_log.py --dump log-dump.json             # JSON dumped from those endpoints

A dump is {"checkpoint": <note text>, "key": <verifier key line>, "entries": [{index, leafHash, entry}],
"checkpoints": [{size, rootHash}], "notes": [<earlier signed notes>], "inclusion": [<proof answers>],
"consistency": [<proof answers>]}, each answer exactly as the endpoint returns it.

Checks: the verifier key's key hash; the Ed25519 signature of every note; the checkpoint body; that every readable
entry hashes to its leaf; the tree hash MTH recomputed from all leaves equals the signed root and every published
root; every inclusion and consistency proof with the RFC 9162 verification algorithms, and that each proof is
exactly the PATH / PROOF the RFC defines over the leaves. Prints what it checked; exits 1 on the first failure.
"""

import argparse
import base64
import binascii
import hashlib
import json
import random
import sys
import urllib.request

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


class Failure(Exception):
    pass


def sha256(data):
    return hashlib.sha256(data).digest()


def leaf_hash(entry_bytes):
    return sha256(b"\x00" + entry_bytes)


def node_hash(left, right):
    return sha256(b"\x01" + left + right)


def largest_power_of_two_below(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


# RFC 9162 2.1.1: MTH({}) = SHA-256(), MTH({d0}) = leaf hash, MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])).
def mth(leaves):
    n = len(leaves)
    if n == 0:
        return sha256(b"")
    if n == 1:
        return leaves[0]
    k = largest_power_of_two_below(n)
    return node_hash(mth(leaves[:k]), mth(leaves[k:]))


# RFC 9162 2.1.3.1: PATH(m, D[n]).
def path(m, leaves):
    n = len(leaves)
    if n == 1:
        return []
    k = largest_power_of_two_below(n)
    if m < k:
        return path(m, leaves[:k]) + [mth(leaves[k:])]
    return path(m - k, leaves[k:]) + [mth(leaves[:k])]


# RFC 9162 2.1.4.1: PROOF(m, D[n]) = SUBPROOF(m, D[n], true).
def subproof(m, leaves, whole):
    n = len(leaves)
    if m == n:
        return [] if whole else [mth(leaves)]
    k = largest_power_of_two_below(n)
    if m <= k:
        return subproof(m, leaves[:k], whole) + [mth(leaves[k:])]
    return subproof(m - k, leaves[k:], False) + [mth(leaves[:k])]


# RFC 9162 2.1.3.2, step by step.
def verify_inclusion(leaf_index, tree_size, leaf, proof, root):
    if leaf_index >= tree_size:
        return False
    fn, sn, r = leaf_index, tree_size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            r = node_hash(p, r)
            while fn % 2 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


# RFC 9162 2.1.4.2, step by step (first_size > 0).
def verify_consistency(first, second, proof, first_hash, second_hash):
    if first == second:
        return len(proof) == 0 and first_hash == second_hash
    if first == 0 or first > second or len(proof) == 0:
        return False
    if first & (first - 1) == 0:
        proof = [first_hash] + list(proof)
    fn, sn = first - 1, second - 1
    while fn % 2 == 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while fn % 2 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_hash and sr == second_hash and sn == 0


def strict_b64(text):
    try:
        raw = base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise Failure(f"bad base64 {text!r}: {error}")
    if base64.b64encode(raw).decode() != text:
        raise Failure(f"non-canonical base64 {text!r}")
    return raw


def hexbytes(text):
    if not isinstance(text, str) or len(text) != 64 or text.lower() != text:
        raise Failure(f"not a lowercase 32-byte hex hash: {text!r}")
    return bytes.fromhex(text)


# c2sp.org/signed-note: <name>+<hex key hash>+<base64(0x01 || key)>, key hash = SHA-256(name || "\n" || 0x01 || key)[:4].
def parse_verifier_key(line):
    name, hash_hex, key_b64 = line.strip().split("+", 2)
    raw = strict_b64(key_b64)
    if len(raw) != 33 or raw[0] != 0x01:
        raise Failure("verifier key is not an Ed25519 key")
    public_key = raw[1:]
    key_hash = sha256(name.encode() + b"\n" + b"\x01" + public_key)[:4]
    if key_hash.hex() != hash_hex:
        raise Failure(f"verifier key hash {hash_hex} is not SHA-256(name || 0x0A || 0x01 || key)[:4] = {key_hash.hex()}")
    return name, key_hash, Ed25519PublicKey.from_public_bytes(public_key)


def verify_note(note, key):
    name, key_hash, public_key = key
    split = note.rfind("\n\n")
    if split < 0 or not note.endswith("\n"):
        raise Failure("note has no signature block")
    text, block = note[: split + 1], note[split + 2 :]
    good = 0
    for line in block[:-1].split("\n"):
        if not line.startswith("\u2014 "):
            raise Failure(f"bad signature line {line!r}")
        signer, sig_b64 = line[2:].split(" ", 1)
        raw = strict_b64(sig_b64)
        if signer != name or raw[:4] != key_hash:
            continue
        try:
            public_key.verify(raw[4:], text.encode("utf-8"))
        except InvalidSignature:
            raise Failure(f"Ed25519 signature by {signer} does not verify")
        good += 1
    if good == 0:
        raise Failure(f"no signature by {name}+{key_hash.hex()}")
    lines = text[:-1].split("\n")
    if len(lines) < 3 or not lines[1].isdigit() or (lines[1] != "0" and lines[1].startswith("0")):
        raise Failure("malformed checkpoint body")
    root = strict_b64(lines[2])
    if len(root) != 32:
        raise Failure("checkpoint root is not 32 bytes")
    return {"origin": lines[0], "size": int(lines[1]), "root": root}


def check(condition, message):
    if not condition:
        raise Failure(message)


def verify_dump(dump, regenerate_limit):
    report = []
    key = parse_verifier_key(dump["key"])
    report.append(f"verifier key {key[0]}+{key[1].hex()}: key hash recomputed")
    latest = verify_note(dump["checkpoint"], key)
    size, root = latest["size"], latest["root"]
    report.append(f"checkpoint signature (Ed25519) verified: origin {latest['origin']}, size {size}, root {root.hex()}")
    published = {c["size"]: hexbytes(c["rootHash"]) for c in dump.get("checkpoints", [])}
    for earlier_note in dump.get("notes", []):
        earlier = verify_note(earlier_note, key)
        check(earlier["origin"] == latest["origin"], "an earlier note has another origin")
        published[earlier["size"]] = earlier["root"]
    if dump.get("notes"):
        report.append(f"{len(dump['notes'])} earlier signed checkpoint notes verified")

    entries = dump.get("entries", [])
    leaves, readable = [], 0
    for i, row in enumerate(entries[:size]):
        check(row["index"] == i, f"expected entry {i}, got index {row['index']}")
        leaf = hexbytes(row["leafHash"])
        if row["entry"] is not None:
            check(leaf_hash(row["entry"].encode("utf-8")) == leaf, f"entry {i} does not hash to its leaf")
            readable += 1
        leaves.append(leaf)
    has_all_leaves = len(leaves) == size
    if has_all_leaves:
        check(mth(leaves) == root, "MTH of all leaves differs from the signed root")
        report.append(f"{size} leaf hashes: MTH recomputed = signed root; {readable} entry texts hash to their leaves")
        for earlier_size, earlier_root in sorted(published.items()):
            if earlier_size <= size:
                check(mth(leaves[:earlier_size]) == earlier_root, f"published root for size {earlier_size} is not MTH of its leaves")
        report.append(f"{len(published)} published checkpoint roots equal MTH of their prefix")

    inclusion = dump.get("inclusion", [])
    regenerated = 0
    for p in inclusion:
        index, tree_size = p["index"], p["treeSize"]
        proof = [hexbytes(h) for h in p["proof"]]
        leaf = hexbytes(p["leafHash"])
        expected_root = root if tree_size == size else published.get(tree_size)
        check(expected_root is not None, f"no signed or published root for tree size {tree_size}")
        if has_all_leaves:
            check(leaf == leaves[index], f"inclusion proof {index} names another leaf")
        check(verify_inclusion(index, tree_size, leaf, proof, expected_root), f"inclusion proof for {index} in {tree_size} fails")
        if has_all_leaves and tree_size <= regenerate_limit:
            check(proof == path(index, leaves[:tree_size]), f"inclusion proof for {index} in {tree_size} is not RFC 9162 PATH")
            regenerated += 1
    if inclusion:
        report.append(f"{len(inclusion)} inclusion proofs verified (RFC 9162 2.1.3.2); {regenerated} equal to PATH(m, D[n]) regenerated from the leaves")

    consistency = dump.get("consistency", [])
    regenerated = 0
    for p in consistency:
        first, second = p["from"], p["to"]
        proof = [hexbytes(h) for h in p["proof"]]
        second_root = root if second == size else published.get(second)
        first_root = published.get(first) or (mth(leaves[:first]) if has_all_leaves else None)
        check(second_root is not None and first_root is not None, f"no trusted roots for consistency {first} -> {second}")
        check(hexbytes(p["fromRoot"]) == first_root, f"consistency {first} -> {second} names another first root")
        check(verify_consistency(first, second, proof, first_root, second_root), f"consistency proof {first} -> {second} fails")
        if has_all_leaves and second <= regenerate_limit:
            check(proof == subproof(first, leaves[:second], True), f"consistency proof {first} -> {second} is not RFC 9162 PROOF")
            regenerated += 1
    if consistency:
        report.append(f"{len(consistency)} consistency proofs verified (RFC 9162 2.1.4.2); {regenerated} equal to PROOF(m, D[n]) regenerated from the leaves")
    return report


def fetch(base, path_and_query):
    with urllib.request.urlopen(base.rstrip("/") + path_and_query, timeout=30) as response:
        return response.read().decode("utf-8")


def dump_from_url(base, samples):
    note = fetch(base, "/api/v1/log/checkpoint")
    size = int(note.split("\n")[1])
    dump = {"checkpoint": note, "key": fetch(base, "/api/v1/log/key").strip(), "entries": []}
    for start in range(0, size, 1000):
        page = json.loads(fetch(base, f"/api/v1/log/entries?start={start}&end={min(start + 1000, size)}"))
        dump["entries"].extend(page["entries"])
    dump["checkpoints"] = json.loads(fetch(base, "/api/v1/log/checkpoints"))["checkpoints"]
    indexes = range(size) if size <= samples else sorted(random.sample(range(size), samples))
    dump["inclusion"] = [json.loads(fetch(base, f"/api/v1/log/proof/inclusion?index={i}&treeSize={size}")) for i in indexes]
    froms = {c["size"] for c in dump["checkpoints"] if 0 < c["size"] <= size}
    froms |= set(random.sample(range(1, size + 1), min(samples, size))) if size > 0 else set()
    dump["consistency"] = [json.loads(fetch(base, f"/api/v1/log/proof/consistency?from={m}&to={size}")) for m in sorted(froms)]
    return dump


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="base URL of a running portal")
    source.add_argument("--dump", help="JSON file with the endpoint answers")
    parser.add_argument("--samples", type=int, default=200, help="with --url: proofs to fetch of each kind")
    parser.add_argument("--regenerate-limit", type=int, default=5000, help="regenerate the RFC's proofs for trees up to this size (O(n) each)")
    args = parser.parse_args()
    if args.url:
        dump = dump_from_url(args.url, args.samples)
    else:
        with open(args.dump, encoding="utf-8") as handle:
            dump = json.load(handle)
    try:
        for line in verify_dump(dump, args.regenerate_limit):
            print("OK  " + line)
    except Failure as failure:
        print(f"FAILED: {failure}")
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
