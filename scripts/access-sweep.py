#!/usr/bin/env python3
"""The access sweep of issue 11: `public` only for what a library user needs.

Every `public` in Sources/Matcher becomes `package` (match-cli, Office and
OfficeWeb are in the same package), except:
- declarations inside the types listed in KEEP (and extensions of them),
  the library's surface (STYLE.md: Scenario, RuleSet, Plan, Solver,
  PlanValidator, PlanReport, and what their public API names);
- the types in SPI get `@_spi(Benchmarks) public` (the Benchmarks package
  generates its weeks with them), and `@_spi(Benchmarks)` declarations stay.
Then `swift build` is run and each "cannot be declared public because ...
uses a package type" error demotes that one member to `package`, until the
build is clean. Rerunnable: run it again after a merge that brings new `public`s.

    scripts/access-sweep.py            # sweep, build, fix, print the counts
"""
import os, re, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MATCHER = os.path.join(ROOT, "Sources", "Matcher")

KEEP = {
    # Domain: the scenario's vocabulary.
    "Scenario", "RuleSet", "Policy", "ObjectiveWeights", "CapClass", "Activity", "Cap", "Period",
    "TravelRule", "EligibilityRule", "ChequeRules", "ChequeCodes", "GeoPoint", "TimeSpan", "Agency",
    "WorkedMonth", "Worker", "User", "Request", "HistoryPair", "Pin", "RejectionReason", "Rejection", "Contact",
    "UnassignedReason", "Identifier", "Day", "Month", "TimeOfDay",
    # Errors of the public entry points, with their paths.
    "DocumentIssue", "DocumentError", "JSONPath", "ScenarioIssue", "ScenarioError", "PlanError",
    # The pipeline's ends.
    "Plan", "Solver", "SolveOptions", "SolveReport", "PlanValidator", "Violation", "PlanReport",
}
SPI = {"GeneratorProfile", "GeneratorOptions", "ScenarioGenerator", "SolverStages"}
# Test hooks: members that exist for tests only become `@_spi(Testing) public`.
TESTING = {"faultyComponents"}

DECL = re.compile(r"^(?:@[\w()]+\s+)*(?:public |package |private |fileprivate |internal )?(?:final )?(?:indirect )?"
                  r"(?:struct|enum|class|protocol|typealias|actor|extension|func|let|var)\s+([A-Za-z_][\w]*)")


def sweep_file(path):
    lines = open(path).read().split("\n")
    owner = None
    changed = False
    for n, line in enumerate(lines):
        if line and not line[0].isspace():
            m = DECL.match(line)
            if m:
                owner = m.group(1)
            elif line.startswith("}"):
                owner = None
        if "public" not in line or "@_spi(" in line or line.lstrip().startswith(("//", "*")):
            continue
        if not re.search(r"(^|\s)public[\s(]", line):
            continue
        name = owner
        if line and not line[0].isspace():
            m = DECL.match(line)
            name = m.group(1) if m else owner
        if name in KEEP:
            member = re.search(r"\b(?:var|let|func)\s+(\w+)", line)
            if member and member.group(1) in TESTING:
                lines[n] = re.sub(r"(^\s*)public ", r"\1@_spi(Testing) public ", line, count=1)
                changed = True
            continue
        if name in SPI:
            if line and not line[0].isspace():
                lines[n] = "@_spi(Benchmarks) " + line
                changed = True
            continue
        lines[n] = re.sub(r"(^|\s)public([\s(])", r"\1package\2", line, count=1)
        changed = True
    if changed:
        open(path, "w").write("\n".join(lines))


ERROR = re.compile(r"^(/[^:]+\.swift):(\d+):\d+: error: .*(cannot be declared public|must be declared package|"
                   r"uses a package type|is package and cannot be referenced from|cannot be public)")


def build():
    run = subprocess.run(["swift", "build", "--build-tests"], cwd=ROOT, capture_output=True, text=True)
    return run.returncode, run.stdout + run.stderr


def demote(path, line_number):
    lines = open(path).read().split("\n")
    line = lines[line_number - 1]
    new = re.sub(r"(^|\s)public([\s(])", r"\1package\2", line, count=1)
    if new == line:
        return False
    lines[line_number - 1] = new
    open(path, "w").write("\n".join(lines))
    return True


def count(pattern):
    total = 0
    for folder, _, files in os.walk(os.path.join(ROOT, "Sources")):
        for name in files:
            if name.endswith(".swift"):
                total += len(re.findall(pattern, open(os.path.join(folder, name)).read(), re.M))
    return total


def import_spi():
    """Files outside the library that name an SPI symbol import Matcher with its `@_spi`."""
    for top in ("Sources/match-cli", "Tests"):
        for folder, _, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                path = os.path.join(folder, name)
                if not name.endswith(".swift"):
                    continue
                text = open(path).read()
                for group, names in (("Benchmarks", SPI), ("Testing", TESTING)):
                    if any(re.search(r"\b" + t + r"\b", text) for t in names) and f"@_spi({group})" not in text:
                        text = re.sub(r"^((?:@_spi\(\w+\) )*)(@testable )?import Matcher$", rf"\1@_spi({group}) \2import Matcher", text, count=1, flags=re.M)
                open(path, "w").write(text)


def main():
    for folder, _, files in os.walk(MATCHER):
        for name in sorted(files):
            if name.endswith(".swift"):
                sweep_file(os.path.join(folder, name))
    import_spi()
    for attempt in range(40):
        code, output = build()
        if code == 0:
            break
        fixed = 0
        for line in output.split("\n"):
            m = ERROR.match(line)
            if m and demote(m.group(1), int(m.group(2))):
                fixed += 1
        if fixed == 0:
            sys.stdout.write(output[-6000:])
            sys.exit("access-sweep: the build fails for another reason; see above")
    public = count(r"(^|[^\w@])public[ (]")
    spi = count(r"@_spi\(\w+\)[^\n]*public")
    types = count(r"^(?:@_spi\(\w+\) )?public (?:final )?(?:struct|enum|class|protocol|typealias|actor) ")
    print(f"public declarations: {public} (of which SPI: {spi}); public types: {types}")


if __name__ == "__main__":
    main()
