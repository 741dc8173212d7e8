"""Helpers for editing data/*.json files that keep one entry per line (as the repo stores them)."""
import json


def dump_framework(fw, path):
    head = {k: v for k, v in fw.items() if k != "requirements"}
    out = "{\n" + "".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n" for k, v in head.items())
    out += ' "requirements": [\n'
    out += ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in fw["requirements"])
    out += "\n ]\n}\n"
    open(path, "w").write(out)


def edit_requirement(path, ref, **fields):
    fw = json.load(open(path))
    hit = [r for r in fw["requirements"] if r["ref"] == ref]
    assert len(hit) == 1, (path, ref)
    hit[0].update(fields)
    dump_framework(fw, path)
