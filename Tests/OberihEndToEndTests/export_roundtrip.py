"""The export round trip: validate an `oberih export --format json` document against
docs/export.schema.json, recompute the figures of `oberih report --json` from the export
alone (with the independent numpy/scipy formulas of reference.py), and compare.

usage: export_roundtrip.py EXPORT.json REPORT.json SCHEMA.json REFERENCE_DIR
Prints each disagreement and exits 1 if there is any; exits 2 if the export is invalid.
"""

import json
import math
import sys

import jsonschema


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def main():
    export, report, schema = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[3])
    sys.path.insert(0, sys.argv[4])
    import reference  # noqa: E402  (Tests/CohortStatisticsTests/reference.py)

    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(export), key=lambda e: e.json_path)
    for error in errors[:20]:
        print(f"schema: {error.json_path}: {error.message[:300]}")
    if errors:
        sys.exit(2)

    problems = []

    def same(name, mine, theirs, tolerance=1e-9):
        if mine is None or theirs is None:
            if mine is not theirs:
                problems.append(f"{name}: export gives {mine}, report {theirs}")
        elif isinstance(mine, list) and all(isinstance(x, float) for x in mine + list(theirs)):
            if len(mine) != len(theirs) or not all(
                    math.isclose(a, b, rel_tol=tolerance, abs_tol=tolerance) for a, b in zip(mine, theirs)):
                problems.append(f"{name}: export gives {mine}, report {theirs}")
        elif isinstance(mine, (list, str, bool)):
            if mine != theirs:
                problems.append(f"{name}: export gives {mine}, report {theirs}")
        elif not math.isclose(float(mine), float(theirs), rel_tol=tolerance, abs_tol=tolerance):
            problems.append(f"{name}: export gives {mine!r}, report {theirs!r}")

    pack_id, version = report["pack"]["id"], report["pack"]["version"]
    pack = next(p for p in export["packs"] if p["id"] == pack_id and p["version"] == version)
    lessons = {lesson["id"]: lesson for lesson in pack["lessons"]}
    attempts = sorted(
        (a for a in export["attempts"] if a["learner"] and a["pack"] == pack_id and a["packVersion"] == version),
        key=lambda a: (a["learner"], a["startedAt"], a["id"]))
    by_learner = {}
    for attempt in attempts:
        by_learner.setdefault(attempt["learner"], []).append(attempt)

    def finished(learner, lesson_id):
        return [a for a in by_learner[learner] if a["lesson"] == lesson_id and a["finishedAt"]]

    same("learnersEnrolled", len(export["learners"]), report["learnersEnrolled"])
    same("learnersStarted", len(by_learner), report["learnersStarted"])

    for line in report["lessons"]:
        lesson_id = line["id"]
        started = [c for c in by_learner if any(a["lesson"] == lesson_id for a in by_learner[c])]
        done = [finished(c, lesson_id) for c in by_learner if finished(c, lesson_id)]
        first = [d[0]["result"]["scaled"] for d in done if d[0]["result"]["scaled"] is not None]
        scored = [d for d in done if d[0]["result"]["passed"] is not None]
        passing = [d for d in scored if any(a["result"]["passed"] for a in d)]
        histogram = [0] * 10
        for score in first:
            histogram[min(9, int(math.floor(score * 10 + 1e-9)))] += 1
        same(f"{lesson_id}.started", len(started), line["started"])
        same(f"{lesson_id}.finished", len(done), line["finished"])
        same(f"{lesson_id}.meanFirstScore", sum(first) / len(first) if first else None, line.get("meanFirstScore"))
        same(f"{lesson_id}.passRate", len(passing) / len(scored) if scored else None, line.get("passRate"))
        same(f"{lesson_id}.histogram", histogram, line["histogram"])

    kinds = {lesson_id: lesson["kind"] for lesson_id, lesson in lessons.items()}
    pre, post = [], []
    for learner in sorted(by_learner):
        done = [a for a in by_learner[learner] if a["finishedAt"]]
        before = next((a for a in done if kinds.get(a["lesson"]) == "pre-test"), None)
        after = next((a for a in reversed(done) if kinds.get(a["lesson"]) == "post-test"), None)
        if before and after:
            pre.append(before["result"]["scaled"] * 100)
            post.append(after["result"]["scaled"] * 100)
    gain = report.get("gain")
    if pre:
        mine = reference.pair_set({"pre": pre, "post": post})
        same("gain.n", len(pre), gain["n"])
        same("gain.pre.mean", mine["preMean"], gain["pre"]["mean"])
        same("gain.post.mean", mine["postMean"], gain["post"]["mean"])
        same("gain.cohortGain", mine["cohortGain"], gain.get("cohortGain"))
        same("gain.meanLearnerGain", mine["meanLearnerGain"], gain.get("meanLearnerGain"))
        same("gain.dz", mine["dz"], gain["difference"].get("effectSize"))
        interval = gain["difference"].get("effectSizeInterval")
        ci = [float(x) for x in mine["dzCI"]] if mine["dzCI"] else None
        same("gain.dzCI", ci, [interval["lower"], interval["upper"]] if interval else None, 1e-6)
    else:
        same("gain", None, gain)

    constructs = {}
    for lesson in pack["lessons"]:
        for step in lesson["steps"]:
            if "construct" in step:
                constructs.setdefault(step["construct"], {})[(lesson["id"], step["id"])] = step
    for line in report["attitudes"]:
        items = constructs[line["construct"]]
        before, after = {}, {}
        for learner in sorted(by_learner):
            for attempt in by_learner[learner]:
                lesson = lessons[attempt["lesson"]]
                if not attempt["finishedAt"] or lesson["kind"] != "survey":
                    continue
                scores = []
                for response in attempt["responses"]:
                    step = items.get((lesson["id"], response["step"]))
                    if step and response["answer"] and response["answer"]["kind"] == "likert":
                        value = response["answer"]["value"]
                        scores.append(step["scale"] + 1 - value if step["reversed"] else value)
                if not scores:
                    continue
                if lesson["timing"] == "after":
                    after[learner] = sum(scores) / len(scores)
                elif learner not in before:
                    before[learner] = sum(scores) / len(scores)
        mine = reference.construct_set({"before": before, "after": after})
        name = line["construct"]
        same(f"{name}.before.n", mine["beforeN"], (line.get("before") or {}).get("n", 0))
        same(f"{name}.before.mean", mine["beforeMean"], (line.get("before") or {}).get("mean"))
        same(f"{name}.after.mean", mine["afterMean"], (line.get("after") or {}).get("mean"))
        if mine["paired"]:
            same(f"{name}.paired.meanDifference", mine["paired"]["meanDifference"], line["paired"]["meanDifference"])
            same(f"{name}.paired.dz", mine["paired"]["dz"], line["paired"].get("effectSize"))

    items = report.get("items")
    if items:
        rows, maxima, ids = [], None, None
        for learner in sorted(by_learner):
            done = finished(learner, items["test"])
            if not done:
                continue
            scored = [r for r in done[0]["responses"] if r["maximum"] > 0]
            if ids is None:
                ids = [r["step"] for r in scored]
                maxima = [r["maximum"] for r in scored]
            rows.append([r["score"] for r in scored])
        mine = reference.test_set({"scores": rows, "maxima": maxima})
        same("items.learners", mine["n"], items["learners"])
        same("items.alpha", mine["alpha"], items.get("cronbachAlpha"))
        same("items.errorRatio", mine["errorRatio"], items.get("errorRatio"))
        same("items.standardError", mine["standardError"], items.get("standardError"))
        same("items.steps", ids, [item["step"] for item in items["items"]])
        for figures, item in zip(mine["items"], items["items"]):
            step = item["step"]
            same(f"{step}.facility", figures["facility"], item["facility"])
            same(f"{step}.sd", figures["sd"], item.get("standardDeviation"))
            same(f"{step}.discrimination", figures["discrimination"], item.get("discriminationIndex"))
            same(f"{step}.efficiency", figures["efficiency"], item.get("discriminativeEfficiency"))
            same(f"{step}.flags", sorted(figures["flags"]), sorted(item["flags"]))

    for problem in problems:
        print(problem)
    print(f"compared the report of {pack_id} {version} with {len(attempts)} exported attempts: "
          f"{len(problems)} disagreements")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
