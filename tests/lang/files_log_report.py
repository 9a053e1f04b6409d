# File processing: write a log file, parse it with a class, write a report, read it back.
import os  # only os.remove is used, to delete the temporary files
from collections import Counter, defaultdict

LOG = "/tmp/gilt_lang_files_log_report.log"
REPORT = "/tmp/gilt_lang_files_log_report.txt"

entries = [
    "2024-01-01 10:00:01 INFO server started port=8080",
    "2024-01-01 10:00:05 INFO request path=/ status=200 ms=12",
    "2024-01-01 10:00:06 WARN slow request path=/search status=200 ms=950",
    "2024-01-01 10:00:09 ERROR request path=/api status=500 ms=30",
    "",
    "2024-01-01 10:01:00 INFO request path=/ status=200 ms=8",
    "garbage line without structure",
    "2024-01-01 10:01:30 ERROR request path=/api status=503 ms=41",
    "2024-01-01 10:02:00 INFO request path=/about status=404 ms=5",
]
with open(LOG, "w") as f:
    for line in entries:
        f.write(line + "\n")


class LogLine:
    def __init__(self, date, time, level, message, fields):
        self.date, self.time, self.level = date, time, level
        self.message = message
        self.fields = fields

    @classmethod
    def parse(cls, text):
        parts = text.split()
        if len(parts) < 4 or parts[2] not in ("INFO", "WARN", "ERROR"):
            raise ValueError(f"unparseable: {text!r}")
        fields = dict(p.split("=", 1) for p in parts[3:] if "=" in p)
        words = [p for p in parts[3:] if "=" not in p]
        return cls(parts[0], parts[1], parts[2], " ".join(words), fields)


class LogAnalyzer:
    def __init__(self, path):
        self.path = path
        self.lines = []
        self.bad = []

    def load(self):
        with open(self.path) as f:
            for n, raw in enumerate(f, 1):
                raw = raw.rstrip("\n")
                if not raw:
                    continue
                try:
                    self.lines.append(LogLine.parse(raw))
                except ValueError as e:
                    self.bad.append((n, str(e)))
        return self

    def levels(self):
        return Counter(l.level for l in self.lines)

    def latency_by_path(self):
        out = defaultdict(list)
        for l in self.lines:
            if "ms" in l.fields:
                out[l.fields["path"]].append(int(l.fields["ms"]))
        return {p: (len(v), sum(v) / len(v)) for p, v in sorted(out.items())}

    def errors(self):
        return [(l.time, l.fields.get("status")) for l in self.lines if l.level == "ERROR"]

    def write_report(self, path):
        with open(path, "w") as out:
            out.write(f"lines={len(self.lines)} bad={len(self.bad)}\n")
            for level, count in sorted(self.levels().items()):
                out.write(f"{level:<5} {count}\n")
            for p, (count, avg) in self.latency_by_path().items():
                out.write(f"{p:<8} n={count} avg={avg:.1f}ms\n")


an = LogAnalyzer(LOG).load()
print(an.levels().most_common())
print(an.latency_by_path())
print(an.errors())
print(an.bad)
an.write_report(REPORT)
with open(REPORT) as f:
    report = f.read()
print(report, end="")
with open(REPORT) as f:
    print(sum(1 for _ in f), "report lines")
with open(LOG) as f:
    print(len(f.read().splitlines()), "log lines")
os.remove(LOG)
os.remove(REPORT)
