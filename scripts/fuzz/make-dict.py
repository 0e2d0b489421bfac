#!/usr/bin/env python3
"""Writes pack.dict, the libFuzzer dictionary of the pack format: every element and
attribute name and every enumerated value of Curriculum/schema/pack-1.xsd, plus a few
XML tokens. Run it again when the schema changes: scripts/fuzz/make-dict.py"""
import pathlib
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
XS = "{http://www.w3.org/2001/XMLSchema}"


def main():
    schema = ET.parse(ROOT / "Curriculum/schema/pack-1.xsd").getroot()
    namespace = schema.get("targetNamespace")
    elements = sorted({e.get("name") for e in schema.iter(XS + "element") if e.get("name")})
    attributes = sorted({a.get("name") for a in schema.iter(XS + "attribute") if a.get("name")})
    values = sorted({v.get("value") for v in schema.iter(XS + "enumeration") if v.get("value")})
    entries = [f'"{namespace}"', '"<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>"', '"xmlns=\\""', '"</"', '"/>"',
               '"<!--"', '"-->"', '"<![CDATA["', '"]]>"', '"&amp;"', '"&#x"', '"xml:lang"']
    entries += [f'"<{name}"' for name in elements] + [f'"</{name}>"' for name in elements]
    entries += [f'" {name}=\\""' for name in attributes]
    entries += [f'"{value}"' for value in values]
    text = "# Made by scripts/fuzz/make-dict.py from Curriculum/schema/pack-1.xsd; do not edit.\n"
    text += "".join(entry + "\n" for entry in dict.fromkeys(entries))
    (ROOT / "scripts/fuzz/pack.dict").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
