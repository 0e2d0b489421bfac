#!/usr/bin/env python3
"""Fills a seed folder for the fuzzer: the packs in Curriculum/, every pack written
inline in a test (a Swift multi-line string holding "<pack"), and scripts/fuzz/seeds/.
Usage: make-corpus.py FOLDER"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
# A Swift multi-line string: its text between the two """ lines.
MULTILINE = re.compile(r'"""\n(.*?)\n\s*"""', re.DOTALL)
# A Swift interpolation, one level of parentheses deep.
INTERPOLATION = re.compile(r'\\\((?:[^()]|\([^()]*\))*\)')


def inline_packs():
    for path in sorted(ROOT.glob("Tests/**/*.swift")):
        for match in MULTILINE.finditer(path.read_text(encoding="utf-8")):
            lines = match.group(1).split("\n")
            indent = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
            text = "\n".join(l[indent:] for l in lines)
            if "<pack" not in text:
                continue
            # Interpolations become a plain word; the rest of the pack stays as the test has it.
            yield INTERPOLATION.sub("x", text).replace('\\"', '"').replace("\\\\", "\\")


def main():
    folder = pathlib.Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_bytes() for p in sorted(ROOT.glob("Curriculum/*.xml"))]
    seeds += [p.read_bytes() for p in sorted((ROOT / "scripts/fuzz/seeds").glob("*.xml"))]
    seeds += [p.read_bytes() for p in sorted(ROOT.glob("Tests/**/*.xml"))]
    seeds += [text.encode("utf-8") for text in inline_packs()]
    for seed in seeds:
        (folder / ("seed-" + hashlib.sha1(seed).hexdigest())).write_bytes(seed)
    print(f"fuzz: {len(seeds)} seeds in {folder}")


if __name__ == "__main__":
    main()
