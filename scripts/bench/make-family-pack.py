#!/usr/bin/env python3
"""Writes one input of a scaling family, for scripts/bench/scaling.sh (benchmarks only).

    python3 scripts/bench/make-family-pack.py FAMILY N OUTPUT.xml [--verified YYYY-MM-DD]
    python3 scripts/bench/make-family-pack.py --list

FAMILY is one of the families below and N the number of units that grows (attributes,
lessons, languages, …); scaling.sh writes each family at N = base × 1, 10, 100 (…).
`--list` prints one line a family, tab-separated: name, issue-17 item, default base N,
default multipliers, expected verdict of `oberih validate` (valid or invalid), unit, what
grows, and the command scaling.sh times (validate, simulate or play).

Every input is small apart from what grows, so that the time measured is the cost of
that one thing. Most families start from a skeleton pack in English only (a title, a
summary, one author, one objective, one support contact, one lesson with one text step),
which `oberih validate` accepts; the `ordinary-*` families start from the pack of
scripts/bench/make-large-pack.py (en, uk and ru, every step kind), which this script
imports. Families that are inherently invalid (unknown attributes, undeclared languages,
unknown references, names over libxml2's limits) write invalid packs on purpose: the
point is the cost of loading and checking them, and an author's mistake must not cost
more than linear time either.

The output depends only on FAMILY, N and --verified (default: today in UTC, so that the
contact is never stale). Standard library only.
"""

import argparse
import datetime
import importlib.util
import os
import sys
from xml.sax.saxutils import escape

PACK_NS = "urn:oberih:pack:1"
HERE = os.path.dirname(os.path.abspath(__file__))
SENTENCE = "A strong password is long and is not used for any other account. "


def load_large_pack_module():
    spec = importlib.util.spec_from_file_location("make_large_pack", os.path.join(HERE, "make-large-pack.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def t(text, lang="en"):
    return f'<t lang="{lang}">{escape(text)}</t>'


def lesson(number, steps=None, requires=None, objectives="o1", extra=""):
    """A lesson with one text step (or the given steps' XML)."""
    head = f' id="l{number}"'
    if requires:
        head += f' requires="{requires}"'
    if objectives:
        head += f' objectives="{objectives}"'
    body = steps if steps is not None else (
        f'    <text id="l{number}-s1"><body>{t(f"Step one of lesson {number}.")}</body></text>\n')
    return f"  <lesson{head}{extra}>\n    <title>{t(f'Lesson {number}')}</title>\n{body}  </lesson>\n"


def skeleton(verified, *, root_extra="", langs="en", authors="", objectives=None, contact_extra="",
             lessons=None, title_ts="", before_lessons=""):
    """The skeleton pack. Every keyword adds to one place; with none it is a small valid pack."""
    objectives = objectives if objectives is not None else f'    <objective id="o1">{t("Make a strong password.")}</objective>\n'
    lessons = lessons if lessons is not None else lesson(1)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- Synthetic scaling-benchmark pack written by scripts/bench/make-family-pack.py. Not curriculum content. -->\n"
        f'<pack xmlns="{PACK_NS}" id="scaling-bench" version="1.0.0" default-lang="en" langs="{langs}"\n'
        f'      age-min="12" age-max="16" risk="contact" topic="privacy" minutes="30"{root_extra}>\n'
        f"  <title>{t('Scaling benchmark pack (synthetic)')}{title_ts}</title>\n"
        f"  <summary>{t('Synthetic text for a benchmark; never show it to learners.')}</summary>\n"
        f"  <authors>\n    <author>Oberih benchmark generator</author>\n{authors}  </authors>\n"
        "  <licence>CC0-1.0</licence>\n"
        f"  <objectives>\n{objectives}  </objectives>\n"
        "  <support>\n"
        f'    <contact id="intl-line" country="international" for="talk" status="published"\n'
        f'             source="https://example.org/directory/intl-line" verified="{verified}"{contact_extra}>\n'
        f"      <name>{t('International helplines (synthetic)')}</name>\n"
        "      <url>https://example.org/help/international</url>\n"
        f"      <purpose>{t('Free, confidential support for children and young people.')}</purpose>\n"
        "    </contact>\n"
        "  </support>\n"
        f"{before_lessons}{lessons}</pack>\n")


def lang_tag(i):
    """A distinct, well-formed language tag: en-n1, en-n2, … (a 2 to 8 character subtag)."""
    return f"en-n{i}"


# ----------------------------------------------------------------------------- families
# Each returns the document for N units.

def f_baseline(n, verified):
    return skeleton(verified)


def f_attributes(n, verified):
    return skeleton(verified, root_extra="".join(f' a{i}="x"' for i in range(1, n + 1)))


def f_namespaces(n, verified):
    return skeleton(verified, root_extra="".join(f' xmlns:p{i}="urn:x{i}"' for i in range(1, n + 1)))


def f_long_names(n, verified):
    prefix, uri, element, attribute = "p" * n, "urn:" + "u" * n, "e" * n, "a" * n
    return skeleton(verified, root_extra=f' xmlns:{prefix}="{uri}"',
                    before_lessons=f'  <{prefix}:{element} {attribute}="x" {prefix}:{attribute}="y"/>\n')


def f_ids_refs(n, verified):
    objectives = "".join(f'    <objective id="o{i}">{t(f"Objective {i}")}</objective>\n' for i in range(1, n + 1))
    out = []
    for i in range(1, n + 1):
        requires = " ".join(f"l{j}" for j in range(max(1, i - 3), i)) or None
        objs = f"o{i} o{(i * 7) % n + 1}" if n > 1 else "o1"
        step = f'    <text id="l{i}-s1" objectives="o{i}"><body>{t(f"Step of lesson {i}.")}</body></text>\n'
        out.append(lesson(i, steps=step, requires=requires, objectives=objs))
    return skeleton(verified, objectives=objectives, lessons="".join(out))


def f_long_text(n, verified):
    text = (SENTENCE * (n // len(SENTENCE) + 1))[:n]
    step = f'    <text id="l1-s1"><body>{t(text)}</body></text>\n'
    return skeleton(verified, lessons=lesson(1, steps=step))


def f_long_attribute(n, verified):
    # contact/@source is a plain string attribute, so the pack stays valid.
    value = ("https://example.org/directory/" + "x" * n)[:max(n, 30)]
    return skeleton(verified).replace('source="https://example.org/directory/intl-line"', f'source="{value}"', 1)


def f_siblings(n, verified):
    return skeleton(verified, authors="".join(f"    <author>Author {i}</author>\n" for i in range(1, n + 1)))


def f_sibling_steps(n, verified):
    steps = "".join(f'    <text id="s{i}"><body>{t(f"Step {i}.")}</body></text>\n' for i in range(1, n + 1))
    return skeleton(verified, lessons=lesson(1, steps=steps))


def f_langs_declared(n, verified):
    # n languages in @langs; every text only in English (so every text misses n - 1 translations).
    return skeleton(verified, langs=" ".join(["en"] + [lang_tag(i) for i in range(1, n)]))


def f_requires_first(n, verified):
    out = [lesson(1)]
    for i in range(2, n + 1):
        out.append(lesson(i, requires=f"l{i - 1} l1" if i > 2 else "l1"))
    return skeleton(verified, lessons="".join(out))


def f_requires_only_first(n, verified):
    return skeleton(verified, lessons="".join([lesson(1)] + [lesson(i, requires="l1") for i in range(2, n + 1)]))


def f_unknown_objectives(n, verified):
    # n objectives, n / 1000 (at least 1) references to objectives that do not exist.
    unknown = max(1, n // 1000)
    objectives = "".join(f'    <objective id="o{i}">{t("O")}</objective>\n' for i in range(1, n + 1))
    steps = "".join(f'    <text id="s{i}" objectives="ox{i}"><body>{t("Step.")}</body></text>\n'
                    for i in range(1, unknown + 1))
    return skeleton(verified, objectives=objectives, lessons=lesson(1, steps=steps))


def f_unknown_requires(n, verified):
    return skeleton(verified, lessons="".join(lesson(i, requires=f"lx{i}") for i in range(1, n + 1)))


def f_t_langs(n, verified):
    # One text (the pack's title) with n more <t>, each of a distinct undeclared language.
    return skeleton(verified, title_ts="".join(t("Title", lang_tag(i)) for i in range(1, n + 1)))


def f_ladder(n, verified):
    # A scenario of n nodes; each has two choices, both to the next node (points 1 and 0),
    # so there are 2^n paths to the ending: exponential for a search that walks every path.
    nodes = []
    for i in range(1, n + 1):
        target = f"n{i + 1}" if i < n else "end"
        nodes.append(
            f'      <node id="n{i}"><text>{t(f"Node {i}.")}</text>\n'
            f'        <choice target="{target}" points="1"><label>{t("Good")}</label></choice>\n'
            f'        <choice target="{target}"><label>{t("Other")}</label></choice></node>\n')
    step = ('    <scenario id="ladder" start="n1">\n' + "".join(nodes)
            + f'      <ending id="end" outcome="positive"><text>{t("The end.")}</text></ending>\n'
            "    </scenario>\n")
    return skeleton(verified, lessons=lesson(1, steps=step))


# The ordinary pack of make-large-pack.py (en, uk, ru; every step kind), grown in one way.

def ordinary(verified, *, lessons=1, steps=None, contacts=None, langs=None):
    mlp = load_large_pack_module()
    if contacts is not None:
        countries = ["UA", "KZ", "MD", "PL", "RO", "GE", "AM", "LT", "LV", "EE", "DE", "FR", "international"]
        base = mlp.CONTACTS[0]  # the first 4 stay: the scenario endings name them
        mlp.CONTACTS = list(mlp.CONTACTS) + [(f"c{i}-line", countries[i % len(countries)], base[2], base[3], base[4])
                                             for i in range(1, contacts - len(mlp.CONTACTS) + 1)]
    if langs is not None and langs > 3:
        extra = [lang_tag(i) for i in range(1, langs - 2)]
        mlp.LANGS = tuple(mlp.LANGS) + tuple(extra)
        widen = lambda value: tuple(value) + (value[0],) * len(extra)
        mlp.SHORT_ANSWER = [(prompt, widen(accepted)) for prompt, accepted in mlp.SHORT_ANSWER]
        original = mlp.Generator.text_element
        mlp.Generator.text_element = staticmethod(
            lambda name, translations, indent, extra_attrs="": original(name, widen(translations), indent, extra_attrs))
    generator = mlp.Generator(1, verified)
    body = []
    if steps is not None:
        # One lesson with `steps` steps: every kind once, then scored questions of random kinds.
        kinds = list(mlp.ALL_KINDS) + [generator.rng.choice(mlp.SCORED_KINDS) for _ in range(max(0, steps - 12))]
        kinds = kinds[:steps]
        objectives = generator.objective_ids[:3]
        out = (f'  <lesson id="lesson-001" objectives="{" ".join(objectives)}" minutes="40">\n'
               + generator.text_element("title", ("Lesson 1", "Урок 1", "Урок 1"), 4))
        for index, kind in enumerate(kinds):
            out += generator.step(kind, f"s{index + 1:05d}-{kind}", generator.rng.sample(objectives, 1))
        body.append(out + "  </lesson>\n")
        lessons = 1
    else:
        previous = None
        for number in range(1, lessons + 1):
            lesson_id, text = generator.lesson(number, previous)
            body.append(text)
            previous = lesson_id
    header = generator.header(30 + 40 * lessons)
    return header + "".join(body) + "</pack>\n"


def f_ordinary_lessons(n, verified):
    return ordinary(verified, lessons=n)


def f_ordinary_steps(n, verified):
    return ordinary(verified, steps=n)


def f_ordinary_contacts(n, verified):
    return ordinary(verified, contacts=n)


def f_ordinary_langs(n, verified):
    return ordinary(verified, langs=n)


# name: (function, issue item, base, multipliers, expected, unit, what grows[, command (default validate)])
FAMILIES = {
    "baseline": (f_baseline, "-", 1, "1", "valid", "pack",
                 "the skeleton pack alone (process start-up; subtracted from the other times)"),
    "attributes": (f_attributes, "1", 10000, "1,10,100", "invalid", "attributes",
                   "attributes `a1=\"x\" a2=\"x\"` … on `<pack>`"),
    "namespaces": (f_namespaces, "2", 5000, "1,10,100", "valid", "declarations",
                   "namespace declarations `xmlns:p1=\"urn:x1\"` … on `<pack>`"),
    "long-names": (f_long_names, "3", 20000, "1,10,100", "invalid", "characters a name",
                   "one prefix, namespace URI, element name and two attribute names of N characters each"),
    "ids-refs": (f_ids_refs, "4", 300, "1,10,100", "valid", "lessons and objectives",
                 "N objectives and N lessons; each lesson requires the 3 before it and names 2 objectives"),
    "long-text": (f_long_text, "5", 120000, "1,10,100", "valid", "bytes",
                  "one `<t>` of N bytes (at 100×, 12 MB: over the 10 MB cap of docs/validation.md)"),
    "long-attribute": (f_long_attribute, "5", 120000, "1,10,100", "valid", "bytes",
                       "one attribute value (contact/@source) of N bytes"),
    "siblings": (f_siblings, "6", 4000, "1,10,100", "valid", "elements", "N sibling `<author>` elements"),
    "sibling-steps": (f_sibling_steps, "6", 1000, "1,10,100", "valid", "steps",
                      "N sibling text steps in one lesson"),
    "langs-declared": (f_langs_declared, "7", 100, "1,10,100", "invalid", "languages",
                       "N languages in @langs, every text in English only"),
    "requires-first": (f_requires_first, "8", 500, "1,10,100", "valid", "lessons",
                       "N lessons, each requiring the one before it and the first"),
    "requires-only-first": (f_requires_only_first, "8", 500, "1,10,100", "valid", "lessons",
                            "N lessons, each requiring only the first (10,000: 1.98 MB)"),
    "unknown-objectives": (f_unknown_objectives, "9", 2000, "1,10,100", "invalid", "objectives",
                           "N objectives and N/1000 references to unknown objectives"),
    "unknown-requires": (f_unknown_requires, "9", 500, "1,10,100", "invalid", "lessons",
                         "N lessons, each requiring an unknown lesson"),
    "t-langs": (f_t_langs, "10", 3000, "1,10,100", "invalid", "`<t>` elements",
                "one text with N `<t>` of distinct undeclared languages"),
    "ordinary-lessons": (f_ordinary_lessons, "11", 2, "1,10,100", "valid", "lessons",
                         "make-large-pack.py's lessons (about 60 KB each, every step kind, en/uk/ru)"),
    "ordinary-steps": (f_ordinary_steps, "11", 50, "1,10,100", "valid", "steps",
                       "one make-large-pack.py lesson with N steps"),
    "ordinary-contacts": (f_ordinary_contacts, "11", 100, "1,10,100", "valid", "contacts",
                          "N support contacts, with one make-large-pack.py lesson"),
    "ordinary-langs": (f_ordinary_langs, "11", 3, "1,10,100", "valid", "languages",
                       "one make-large-pack.py lesson with every text in N languages"),
    "ladder": (f_ladder, "12", 20, "1,10,100,1000", "valid", "scenario nodes",
               "a scenario ladder of N nodes, each with two choices to the next (2^N paths)"),
    "ladder-simulate": (f_ladder, "12", 4, "2,3,4,5,6", "valid", "scenario nodes",
                        "the same ladder; `oberih simulate --learners 1` plays it", "simulate"),
    "ladder-play": (f_ladder, "12", 4, "2,3,4,5,6", "valid", "scenario nodes",
                    "the same ladder; `oberih play FILE --age 13`, piped, answers 1 at every node", "play"),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("family", nargs="?")
    parser.add_argument("n", nargs="?", type=int)
    parser.add_argument("output", nargs="?")
    parser.add_argument("--list", action="store_true", help="list the families and exit")
    parser.add_argument("--verified", default=datetime.datetime.now(datetime.timezone.utc).date().isoformat())
    args = parser.parse_args()
    if args.list:
        for name, (_, item, base, steps, expected, unit, what, *command) in FAMILIES.items():
            print("\t".join([name, item, str(base), steps, expected, unit, what, (command or ["validate"])[0]]))
        return
    if args.family not in FAMILIES or args.n is None or args.n < 1 or not args.output:
        parser.error(f"give FAMILY N OUTPUT; families: {', '.join(FAMILIES)}")
    datetime.date.fromisoformat(args.verified)
    document = FAMILIES[args.family][0](args.n, args.verified)
    data = document.encode("utf-8")
    with open(args.output, "wb") as handle:
        handle.write(data)
    print(f"bytes={len(data)} n={args.n}", file=sys.stderr)


if __name__ == "__main__":
    main()
