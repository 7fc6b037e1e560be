#!/usr/bin/env python3
"""Peer comparison: our matcher vs HiGHS vs glpsol on the same generated weeks.

One run on one machine (issue 5, point 3). For each week:

1. `match-cli generate --profile P --seed N` writes the week;
2. `match-cli plan WEEK --write-model WEEK.mps -o WEEK.plan.json --time-limit T`
   solves it with our matcher and exports the very integer program it gives
   GLPK (GLPK's own free-MPS writer);
3. HiGHS (`highspy`, maximising) and `glpsol --freemps --max --tmlim T`
   solve that MPS file with the same time limit.

Every solver runs in its own child process, so seconds are wall clock of
that process and peak memory is its own `ru_maxrss` (from `wait4`).

Objectives: our plan reports `solver.objective` / `bound` normalized (in
priority-hours, each component divided by its own scaling factor), while
the MPS holds the raw integral coefficients (ObjectiveScaling.swift); with
one factor per component there is no single conversion, so the table gives
each solver's own objective and bound, and compares the scale-free figures:
relative gap and seconds (ratios ours / peer). `region` runs with the
matcher only (its model is too large for a fair peer run in the budget),
once with the MIP and once with `--solver greedy`.

Usage: python3 Benchmarks/peers.py [--match-cli PATH] [--ale-time 10]
       [--city-time 30] [--region-time 60] [--workdir DIR] [--no-region]
       python3 Benchmarks/peers.py --proof [--highs-time 120] [--match-cli PATH]

--proof prints issue 15's table instead: is the weighted coverage *proven*
(the plan's solver.coverageBound equals summary.weightedCoverage, and in how
many components), how long that took, and, on the city weeks, how long HiGHS
needs to prove the same coverage on our exported model in the same run (a
callback stops it once its dual bound and incumbent both say so; the scale
of the objective comes from our log). Weeks: ale seeds 1-3 (10 s), city
seeds 1-3 (30 s), region seed 1 and stress seed 1 (60 s).
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ensure_dependencies():
    """Installs highspy (PyPI) and glpsol (Debian's glpk-utils) when missing."""
    try:
        import highspy  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "highspy"])
    if shutil.which("glpsol") is None:
        subprocess.check_call(["apt-get", "install", "-y", "-q", "glpk-utils"])


def run_measured(argv, timeout=None):
    """Runs argv; returns (exit status, wall seconds, peak RSS MiB, stdout, stderr)."""
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=out, stderr=err)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    rss_mib = usage.ru_maxrss / 1024.0  # Linux: KiB
    return child.returncode, seconds, rss_mib, out.read().decode(), err.read().decode()


HIGHS_CHILD = r"""
import json, sys, time, highspy
path, limit = sys.argv[1], float(sys.argv[2])
h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("time_limit", limit)
h.readModel(path)
h.changeObjectiveSense(highspy.ObjSense.kMaximize)
started = time.perf_counter()
h.run()
seconds = time.perf_counter() - started
info = h.getInfo()
print(json.dumps({
    "status": h.modelStatusToString(h.getModelStatus()),
    "objective": info.objective_function_value,
    "bound": info.mip_dual_bound,
    "gap": info.mip_gap,
    "solveSeconds": seconds,
}))
"""


def run_plan(cli, week, plan, limit, mps, options):
    """`match-cli plan` measured: (plan document, wall seconds, peak RSS MiB, standard error)."""
    argv = [cli, "plan", week, "-o", plan, "--time-limit", str(limit)] + options
    if mps:
        argv += ["--write-model", mps]
    code, seconds, rss, _, err = run_measured(argv)
    if code != 0:
        raise SystemExit(f"match-cli plan {week} exited {code}:\n{err[-2000:]}")
    with open(plan) as f:
        return json.load(f), seconds, rss, err


def solve_ours(cli, week, mps, plan, limit, method="mip"):
    document, seconds, rss, _ = run_plan(cli, week, plan, limit, mps, ["--quiet", "--solver", method])
    solver = document["solver"]
    return {
        "solver": "ours (GLPK+greedy)" if method == "mip" else "ours, --solver greedy",
        "status": document["status"],
        "objective": solver.get("objective"),
        "bound": solver.get("bound"),
        "gap": solver.get("gap"),
        "seconds": solver["seconds"],
        "wall": seconds,
        "rss": rss,
        "coverage": document["summary"]["weightedCoverage"],
    }


def solve_highs(mps, limit):
    code, seconds, rss, out, err = run_measured([sys.executable, "-c", HIGHS_CHILD, mps, str(limit)])
    if code != 0:
        raise SystemExit(f"HiGHS failed on {mps}:\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    def usable(value):
        return None if value is None or value != value or abs(value) == float("inf") or abs(value) > 1e20 else value

    # Without a solution HiGHS reports objective inf and gap nan (or inf).
    result["objective"] = usable(result["objective"])
    result["bound"] = usable(result["bound"])
    gap = usable(result["gap"]) if result["objective"] is not None else None
    return {
        "solver": "HiGHS " + highs_version(),
        "status": result["status"],
        "objective": result["objective"],
        "bound": result["bound"],
        "gap": gap,
        "seconds": seconds,
        "wall": seconds,
        "rss": rss,
        "coverage": None,
    }


def highs_version():
    try:
        from importlib.metadata import version
        return version("highspy")
    except Exception:  # pragma: no cover
        return ""


MIP_LINE = re.compile(r"(?:mip =|>>>>>)\s*(not found yet|\S+)\s*<=\s*(tree is empty|\S+)")


def finite(text):
    """The number in glpsol's progress line, or None (`+inf`, `not found yet`)."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value not in (float("inf"), float("-inf")) else None


def solve_glpsol(mps, limit, workdir):
    solution = os.path.join(workdir, os.path.basename(mps) + ".glpsol.txt")
    code, seconds, rss, out, err = run_measured(
        ["glpsol", "--freemps", mps, "--max", "--tmlim", str(int(limit)), "-o", solution])
    objective = bound = None
    status = "unknown"
    for line in out.splitlines():
        match = MIP_LINE.search(line)
        if match:
            objective = finite(match.group(1)) if finite(match.group(1)) is not None else objective
            bound = finite(match.group(2)) if finite(match.group(2)) is not None else bound
        if "INTEGER OPTIMAL SOLUTION FOUND" in line:
            status = "optimal"
        elif "TIME LIMIT EXCEEDED" in line:
            status = "time limit"
    if os.path.exists(solution):
        with open(solution) as f:
            text = f.read(4096)
        state = re.search(r"Status:\s+INTEGER (OPTIMAL|NON-OPTIMAL|UNDEFINED|EMPTY)", text)
        found = re.search(r"Objective:\s+\S+\s+=\s+([-+0-9.eE]+)", text)
        if state and state.group(1) in ("UNDEFINED", "EMPTY"):
            objective = None  # no integer solution: the file's "obj = 0" means nothing
            status = status if status != "unknown" else "no solution"
            if status == "time limit":
                status = "time limit, no solution"
        elif found:
            objective = float(found.group(1))
    if status == "optimal" and objective is not None:
        bound = objective
    gap = None
    if objective is not None and bound is not None:
        gap = max(0.0, bound - objective) / max(abs(objective), 1e-9)
    return {
        "solver": "glpsol " + glpsol_version(),
        "status": status,
        "objective": objective,
        "bound": bound,
        "gap": gap,
        "seconds": seconds,
        "wall": seconds,
        "rss": rss,
        "coverage": None,
    }


def glpsol_version():
    out = subprocess.run(["glpsol", "--version"], capture_output=True, text=True).stdout
    match = re.search(r"GLPK.*?([0-9]+\.[0-9]+)", out)
    return match.group(1) if match else ""


def machine_note():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            memory = f", {kib / 1048576:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    return f"{platform.system()} {platform.machine()}, nproc {os.cpu_count()}, {cpu}{memory}, load average {load:.2f} at start"


def number(value, digits):
    if value is None:
        return "—"
    if isinstance(value, float) and abs(value) >= 1e6:
        return f"{value:.6g}"
    return f"{value:.{digits}f}"


def ratio(ours, peer):
    if ours is None or peer is None:
        return "—"
    if peer == 0:
        return "1 (both 0)" if ours == 0 else "∞"
    return f"{ours / peer:.2f}"


HIGHS_PROOF_CHILD = r"""
import json, sys, time, highspy
path, limit, K, U = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
M = (K - 1) / 2
h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("time_limit", limit)
h.readModel(path)
h.changeObjectiveSense(highspy.ObjSense.kMaximize)
proven = {}
started = time.perf_counter()
def check(e):
    bound, incumbent = e.data_out.mip_dual_bound, e.data_out.mip_primal_bound
    # Coverage units u of a plan scoring K*u + s, |s| <= M: the bound proves u <= U
    # when bound < K*(U+1) - M; the incumbent has u >= U when it is >= K*U - M.
    if "at" not in proven and abs(bound) < 1e300 and abs(incumbent) < 1e300 \
            and bound < K * (U + 1) - M and incumbent >= K * U - M:
        proven["at"] = time.perf_counter() - started
        e.interrupt()
h.cbMipInterrupt.subscribe(check)
h.run()
seconds = time.perf_counter() - started
info = h.getInfo()
print(json.dumps({"status": h.modelStatusToString(h.getModelStatus()), "provenAt": proven.get("at"),
                  "objective": info.objective_function_value, "bound": info.mip_dual_bound,
                  "gap": info.mip_gap, "seconds": seconds}))
"""


def plan_with_log(cli, week, plan, limit, mps=None):
    """Our plan with its JSON log: (plan document, wall seconds, log messages)."""
    document, seconds, _, err = run_plan(cli, week, plan, limit, mps, ["-v", "--log-format", "json"])
    messages = []
    for line in err.splitlines():
        try:
            messages.append(json.loads(line).get("message", ""))
        except ValueError:
            pass
    return document, seconds, messages


def coverage_proven_components(messages):
    for m in messages:
        found = re.match(r"coverage proven in (\d+) of (\d+) component", m)
        if found:
            return int(found.group(1)), int(found.group(2))
    return None, None


def proof_table(args, workdir):
    weeks = [("ale", s, args.ale_time) for s in (1, 2, 3)] + [("city", s, args.city_time) for s in (1, 2, 3)]
    weeks += [("region", 1, args.region_time), ("stress", 1, args.region_time)]
    rows = []
    for profile, seed, limit in weeks:
        name = f"{profile}-{seed}"
        week = os.path.join(workdir, name + ".json")
        subprocess.check_call([args.match_cli, "generate", "--profile", profile, "--seed", str(seed), "-o", week])
        mps = os.path.join(workdir, name + ".mps") if profile == "city" else None
        print(f"… {name}: ours", file=sys.stderr, flush=True)
        plan, wall, messages = plan_with_log(args.match_cli, week, os.path.join(workdir, name + ".plan.json"), limit, mps)
        solver, summary = plan["solver"], plan["summary"]
        proven, components = coverage_proven_components(messages)
        coverage, bound = summary["weightedCoverage"], solver.get("coverageBound")
        row = {"week": name, "T": limit, "status": plan["status"], "components": f"{proven}/{components}",
               "coverage": coverage, "coverageBound": bound, "proven": bound is not None and bound == coverage and proven == components,
               "gap": solver.get("gap"), "seconds": solver["seconds"], "highs": None}
        if mps:
            scale = next((re.search(r"objective (\d+) per coverage unit", m) for m in messages if "per coverage unit" in m), None)
            if scale and row["proven"]:
                K = float(scale.group(1))
                units = round(plan_units(plan, solver, messages, K))
                print(f"… {name}: HiGHS (stops once coverage {units} units is proven)", file=sys.stderr, flush=True)
                code, seconds, rss, out, err = run_measured(
                    [sys.executable, "-c", HIGHS_PROOF_CHILD, mps, str(args.highs_time), str(K), str(units)])
                if code != 0:
                    raise SystemExit(f"HiGHS failed on {mps}:\n{err[-2000:]}")
                row["highs"] = json.loads(out.strip().splitlines()[-1])
        rows.append(row)

    header = ["week", "T s", "status", "coverage proven in", "weighted coverage", "coverage bound", "proven",
              "whole gap", "ours s", "HiGHS: coverage proven after", "HiGHS at its end", "s ours/HiGHS"]
    table = []
    for r in rows:
        h = r["highs"]
        if h is None:
            highs_proof, highs_end, ratio_text = "—", "—", "—"
        else:
            at = h["provenAt"]
            highs_proof = f"{at:.2f} s" if at is not None else f"not in {args.highs_time:g} s"
            highs_end = f"{h['status']}, gap {number(h['gap'], 4) if h['gap'] == h['gap'] else '—'}"
            ratio_text = f"{r['seconds'] / at:.3f}" if at else f"< {r['seconds'] / args.highs_time:.3f}"
        table.append([r["week"], f"{r['T']:g}", r["status"], r["components"], f"{r['coverage']:.4f}",
                      number(r["coverageBound"], 4), "yes" if r["proven"] else "no",
                      number(r["gap"], 6), f"{r['seconds']:.3f}", highs_proof, highs_end, ratio_text])
    widths = [max(len(str(x[c])) for x in [header] + table) for c in range(len(header))]
    print(f"Machine: {machine_note()}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for x in table:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(x, widths)) + " |")
    print()
    print("proven: solver.coverageBound == summary.weightedCoverage and the log's 'coverage proven in N of N components'.")
    print("ours s: the plan's solver.seconds. HiGHS: its solve of our exported model (one thread pool, its defaults),")
    print("stopped by a callback once its bound and incumbent prove the coverage our plan proved.")
    print(f"Files: {workdir}")


def plan_units(plan, solver, messages, K):
    """Coverage units of our plan: its normalized objective times units per priority-hour, rounded."""
    per_hour = next((int(re.search(r"(\d+) units per priority-hour", m).group(1)) for m in messages if "units per priority-hour" in m), 1)
    return solver["objective"] * per_hour


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--match-cli", default=os.path.join(ROOT, ".build-batch-release", "release", "match-cli"))
    parser.add_argument("--ale-time", type=float, default=10)
    parser.add_argument("--city-time", type=float, default=30)
    parser.add_argument("--region-time", type=float, default=60)
    parser.add_argument("--workdir", default=None)
    parser.add_argument("--no-region", action="store_true")
    parser.add_argument("--proof", action="store_true", help="issue 15's table: proven coverage, and HiGHS proving the same")
    parser.add_argument("--highs-time", type=float, default=120)
    args = parser.parse_args()

    ensure_dependencies()
    if not os.path.exists(args.match_cli):
        subprocess.check_call(["swift", "build", "-c", "release", "--scratch-path", os.path.join(ROOT, ".build-batch-release"),
                               "--product", "match-cli"], cwd=ROOT)
    workdir = args.workdir or tempfile.mkdtemp(prefix="ale-peers-")
    os.makedirs(workdir, exist_ok=True)
    note = machine_note()
    if args.proof:
        proof_table(args, workdir)
        return

    weeks = [("ale", 1, args.ale_time, True), ("ale", 2, args.ale_time, True), ("ale", 3, args.ale_time, True),
             ("city", 1, args.city_time, True)]
    if not args.no_region:
        weeks.append(("region", 1, args.region_time, False))

    rows = []
    for profile, seed, limit, peers in weeks:
        name = f"{profile}-{seed}"
        week = os.path.join(workdir, name + ".json")
        subprocess.check_call([args.match_cli, "generate", "--profile", profile, "--seed", str(seed), "-o", week])
        mps = os.path.join(workdir, name + ".mps") if peers else None
        plan = os.path.join(workdir, name + ".plan.json")
        print(f"… {name}: ours", file=sys.stderr, flush=True)
        ours = solve_ours(args.match_cli, week, mps, plan, limit)
        results = [ours]
        if profile == "region":
            # The "greedy on region" target: the greedy alone, same week.
            print(f"… {name}: ours, greedy", file=sys.stderr, flush=True)
            results.append(solve_ours(args.match_cli, week, None, os.path.join(workdir, name + ".greedy.plan.json"), limit, "greedy"))
        if peers:
            print(f"… {name}: HiGHS", file=sys.stderr, flush=True)
            results.append(solve_highs(mps, limit))
            print(f"… {name}: glpsol", file=sys.stderr, flush=True)
            results.append(solve_glpsol(mps, limit, workdir))
        for result in results:
            is_ours = result["solver"].startswith("ours")
            rows.append([
                name, f"{limit:g}", result["solver"], result["status"],
                number(result["objective"], 3), number(result["bound"], 3),
                number(result["gap"], 6), f"{result['seconds']:.3f}", f"{result['rss']:.0f}",
                number(result["coverage"], 4),
                "" if is_ours else ratio(ours["seconds"], result["seconds"]),
                "" if is_ours else ratio(ours["gap"], result["gap"]),
            ])

    header = ["week", "T s", "solver", "status", "objective", "bound", "gap", "seconds", "peak RSS MiB",
              "weighted coverage", "seconds ours/peer", "gap ours/peer"]
    widths = [max(len(str(r[c])) for r in [header] + rows) for c in range(len(header))]
    right = [False, True, False, False] + [True] * 8

    def line(cells):
        return "| " + " | ".join(str(c).rjust(w) if r else str(c).ljust(w) for c, w, r in zip(cells, widths, right)) + " |"

    print(f"Machine: {note}")
    print(line(header))
    print("|" + "|".join((" " + "-" * (w - 1) + ": ") if r else (" " + "-" * w + " ") for w, r in zip(widths, right)) + "|")
    for row in rows:
        print(line(row))
    print()
    print("objective / bound: ours normalized (priority-hours, solver.objective of the plan); peers raw MPS units.")
    print("seconds: ours = plan's solver.seconds (candidates + model + solve; the process wall time also loads,")
    print("writes the MPS and validates); peers = their process (reading the MPS + solving).")
    print(f"Files: {workdir}")


if __name__ == "__main__":
    main()
