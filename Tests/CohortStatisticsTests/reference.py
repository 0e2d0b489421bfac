#!/usr/bin/env python3
"""Independent reference for the CohortStatistics module (see docs/statistics.md).

Usage: python3 reference.py INPUT.json  -> prints the figures as JSON on stdout.

Written from the published definitions with numpy and scipy, not from the Swift code:
numpy for means, variances, covariances and correlations, scipy.stats.t for t
quantiles, scipy.stats.nct with scipy.optimize.brentq for the exact interval of
Cohen's d_z. The noncentral t CDF is also computed a second way, by integrating over
the chi distribution, so the check does not rest on one implementation of it.
Undefined figures are null.
"""
import json
import sys

import numpy as np
from scipy import integrate, optimize, special, stats

LEVEL = 0.95
MIN_DISCRIMINATION = 0.2
FACILITY_RANGE = (0.2, 0.9)


def number(value):
    """A float for JSON, or None when it is not a finite number."""
    if value is None:
        return None
    value = float(value)
    return value if np.isfinite(value) else None


def sample_sd(values):
    return float(np.std(values, ddof=1)) if len(values) >= 2 else None


def t_quantile(probability, df):
    return float(stats.t.ppf(probability, df))


def nct_cdf_by_integral(t, df, nc):
    """P(T <= t) = E[Phi(t*S - nc)] with S = sqrt(V/df), V chi-squared with df degrees.

    S has density 2 (df/2)^(df/2) / Gamma(df/2) * s^(df-1) * exp(-df s^2 / 2).
    """
    log_front = np.log(2) + df / 2 * np.log(df / 2) - special.gammaln(df / 2)

    def integrand(s):
        if s <= 0:
            return 0.0
        return special.ndtr(t * s - nc) * np.exp(log_front + (df - 1) * np.log(s) - df * s * s / 2)

    low, high = stats.chi.ppf([1e-16, 1 - 1e-16], df) / np.sqrt(df)
    kink = [nc / t] if t != 0 and low < nc / t < high else None
    value, _ = integrate.quad(integrand, low, high, points=kink, epsabs=1e-13, epsrel=1e-12, limit=500)
    return value


def dz_interval(dz, n, cdf=stats.nct.cdf):
    """Noncentralities whose noncentral t CDF at t = dz*sqrt(n) is 0.975 and 0.025."""
    t = dz * np.sqrt(n)
    df = n - 1

    def solve(target):
        f = lambda nc: cdf(t, df, nc) - target
        width = 1.0 + abs(t)
        while not (f(t - width) > 0 > f(t + width)):
            width *= 2
        return optimize.brentq(f, t - width, t + width, xtol=1e-14, rtol=1e-14, maxiter=500)

    return [solve((1 + LEVEL) / 2) / np.sqrt(n), solve((1 - LEVEL) / 2) / np.sqrt(n)]


def paired(before, after):
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    diff = after - before
    n = len(diff)
    out = {"n": n, "meanDifference": float(diff.mean()), "sdDifference": sample_sd(diff),
           "meanCI": None, "dz": None, "dzCI": None, "dzCIByIntegral": None}
    if n >= 2:
        sd = float(np.std(diff, ddof=1))
        half = t_quantile((1 + LEVEL) / 2, n - 1) * sd / np.sqrt(n)
        out["meanCI"] = [diff.mean() - half, diff.mean() + half]
        if np.ptp(diff) > 0:
            out["dz"] = diff.mean() / sd
            out["dzCI"] = dz_interval(out["dz"], n)
            out["dzCIByIntegral"] = dz_interval(out["dz"], n, nct_cdf_by_integral)
    return out


def pair_set(data):
    pre = np.asarray(data["pre"], dtype=float)
    post = np.asarray(data["post"], dtype=float)
    gains = [None if p == 100 else (q - p) / (100 - p) for p, q in zip(pre, post)]
    defined = [g for g in gains if g is not None]
    out = paired(pre, post)
    out.update({
        "preMean": pre.mean(), "postMean": post.mean(),
        "preSD": sample_sd(pre), "postSD": sample_sd(post),
        "learnerGains": gains,
        "meanLearnerGain": np.mean(defined) if defined else None,
        "cohortGain": None if pre.mean() == 100 else (post.mean() - pre.mean()) / (100 - pre.mean()),
    })
    return out


def item_figures(item, rest, maximum):
    varies = np.ptp(item) > 0 and np.ptp(rest) > 0 and len(item) >= 2
    discrimination = float(np.corrcoef(item, rest)[0, 1]) if varies else None
    efficiency = None
    if varies:
        cov = np.cov(item, rest, ddof=1)[0, 1]
        cov_max = np.cov(np.sort(item), np.sort(rest), ddof=1)[0, 1]
        efficiency = cov / cov_max
    facility = item.mean() / maximum
    flags = []
    if facility < FACILITY_RANGE[0]:
        flags.append("tooHard")
    if facility > FACILITY_RANGE[1]:
        flags.append("tooEasy")
    if discrimination is None:
        flags.append("discriminationUndefined")
    elif discrimination < MIN_DISCRIMINATION:
        flags.append("lowDiscrimination")
    sd = sample_sd(item)
    return {"facility": facility, "sd": None if sd is None else sd / maximum,
            "discrimination": discrimination, "efficiency": efficiency, "flags": flags}


def test_set(data):
    x = np.asarray(data["scores"], dtype=float)  # learners x items
    maxima = np.asarray(data["maxima"], dtype=float)
    n, k = x.shape
    total = x.sum(axis=1)
    items = [item_figures(x[:, i], np.delete(x, i, axis=1).sum(axis=1), maxima[i]) for i in range(k)]
    alpha = kr20 = None
    if n >= 2 and k >= 2 and np.ptp(total) > 0:
        covariance = np.cov(x, rowvar=False, ddof=1)
        alpha = k / (k - 1) * (1 - np.trace(covariance) / covariance.sum())
        if np.all((x == 0) | (x == 1)) and np.all(maxima == 1):
            p = x.mean(axis=0)
            kr20 = k / (k - 1) * (1 - np.sum(p * (1 - p)) / np.var(total, ddof=0))
    sd = sample_sd(total)
    return {
        "items": items, "n": n, "mean": total.mean(), "median": np.median(total), "sd": sd,
        "alpha": alpha, "kr20": kr20,
        "errorRatio": None if alpha is None else np.sqrt(1 - alpha),
        "standardError": None if alpha is None else sd * np.sqrt(1 - alpha),
    }


def construct_set(data):
    before, after = data["before"], data["after"]
    both = sorted(set(before) & set(after))
    out = {"beforeN": len(before), "beforeMean": np.mean(list(before.values())) if before else None,
           "afterN": len(after), "afterMean": np.mean(list(after.values())) if after else None,
           "paired": paired([before[c] for c in both], [after[c] for c in both]) if both else None}
    return out


def jsonable(value):
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(item) for item in value]
    if isinstance(value, (str, bool)) or value is None:
        return value
    if isinstance(value, (int, np.integer)):
        return int(value)
    return number(value)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        data = json.load(handle)
    result = {
        "pairs": [pair_set(item) for item in data["pairs"]],
        "tests": [test_set(item) for item in data["tests"]],
        "constructs": [construct_set(item) for item in data["constructs"]],
        "tQuantiles": [t_quantile(q["probability"], q["degreesOfFreedom"]) for q in data["tQuantiles"]],
        "noncentralT": [float(stats.nct.cdf(q["t"], q["degreesOfFreedom"], q["noncentrality"]))
                        for q in data["noncentralT"]],
        "noncentralTByIntegral": [nct_cdf_by_integral(q["t"], q["degreesOfFreedom"], q["noncentrality"])
                                  for q in data["noncentralT"]],
    }
    json.dump(jsonable(result), sys.stdout)


if __name__ == "__main__":
    main()
