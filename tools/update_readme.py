"""Write measured accuracy and speed into README.md (between its marker comments).

    peristiwa eval eval/gold/detik-check.jsonl --json /tmp/check.json   (and tune, handmade)
    python -m peristiwa.bench ... --json /tmp/bench1.json               (and --workers 2)
    python tools/update_readme.py --eval check=/tmp/check.json tune=/tmp/tune.json \\
        handmade=/tmp/handmade.json --bench /tmp/bench1.json /tmp/bench2.json
"""

import argparse
import json
import re
import subprocess
from datetime import date
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
LABELS = {"check": "detik, check half", "tune": "detik, tune half", "handmade": "hand-made"}


def pct(v, digits=2):
    return "-" if v is None else f"{v:.{digits}f}"


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                         text=True, check=False)
    return out.stdout.strip() or "unknown"


def accuracy(evals: dict[str, dict]) -> str:
    lines = [f"Measured on {date.today().isoformat()} at commit `{commit()}`.", "",
             "| gold set | core events | precision | recall | F1 | source sector | "
             "target sector | date (n) | place (n) | countries on (sentence, root) matches |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for key in ("check", "tune", "handmade"):
        if key not in evals:
            continue
        o = evals[key]["overall"]
        p3 = {name: pct(o[name], 3) for name in (  # (three digits: the goals are 0.75, 0.85,
            "precision", "recall", "f1", "source_sector", "target_sector",  # 0.95 ...)
            "date_accuracy", "place_accuracy", "country_agreement")}
        lines.append(
            f"| {LABELS[key]} | {o['core_events']} | {p3['precision']} | "
            f"{p3['recall']} | {p3['f1']} | {p3['source_sector']} | "
            f"{p3['target_sector']} | {p3['date_accuracy']} ({o['dated_matches']}) | "
            f"{p3['place_accuracy']} ({o['placed_matches']}) | "
            f"{p3['country_agreement']} |")
    if "check" in evals:
        lines += ["", "Per CAMEO root, check half (core: gold core events, found: matched; "
                  "system: events coded, correct: matched):", "",
                  "| root | core | found | recall | system | correct | precision |",
                  "|---|---|---|---|---|---|---|"]
        for r in evals["check"]["roots"]:
            lines.append(f"| {r['root']} | {r['core']} | {r['found']} | {pct(r['recall'])} | "
                         f"{r['system']} | {r['correct']} | {pct(r['precision'])} |")
    return "\n".join(lines)


def speed(benches: list[dict]) -> str:
    b0 = benches[0]
    lines = [f"Measured on {b0['date']} at commit `{b0['commit']}` ({b0['articles']:,} "
             f"articles, {b0['sentences']:,} sentences, Python {b0['python']}).", "",
             "| build | workers | store | articles/s | articles/s per core | sentences/s | "
             "peak memory (MB) |", "|---|---|---|---|---|---|---|"]
    for b in benches:
        done, _, total = b.get("compiled_modules", "0/0").partition("/")
        build = f"compiled ({done}/{total} modules)" if done != "0" else "Python"
        lines.append(f"| {build} | {b['workers']} | {'DuckDB' if b['store'] else 'none'} | "
                     f"{b['articles_per_s']} | {b['articles_per_s_per_core']} | "
                     f"{b['sentences_per_s']} | {b['peak_rss_mb']} |")
    return "\n".join(lines)


def replace(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
    return pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", nargs="*", default=[], metavar="NAME=FILE")
    ap.add_argument("--bench", nargs="*", default=[], metavar="FILE")
    args = ap.parse_args()
    text = README.read_text(encoding="utf-8")
    if args.eval:
        evals = {k: json.loads(Path(v).read_text()) for k, v in
                 (item.split("=", 1) for item in args.eval)}
        text = replace(text, "accuracy", accuracy(evals))
    if args.bench:
        text = replace(text, "speed", speed([json.loads(Path(b).read_text())
                                             for b in args.bench]))
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
