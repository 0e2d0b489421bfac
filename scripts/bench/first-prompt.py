#!/usr/bin/env python3
"""Times oberih commands from spawn to their first prompt, or to their exit.

    first-prompt.py --oberih BIN --runs N --warmup N --goal MS NAME=MODE:UNTIL:COMMAND...

Called by scripts/bench/first-prompt.sh, which says what is measured; python3's standard
library only. Each measurement is NAME=MODE:UNTIL:COMMAND, COMMAND's words separated by
"|" (the binary not included):

  MODE   pty: stdin, stdout and stderr on a new pseudo-terminal of 80 by 24;
         pipe: stdin and stdout (stderr with it) are pipes.
  UNTIL  prompt: the clock stops when the output first holds a prompt ("Your answer:" or
         "Press Enter to begin", in en, uk or ru, colour codes removed); then "q" and
         Enter are sent, and the child is killed (SIGKILL) if it has not exited 3 s later;
         exit: the clock stops when the child has exited (with status 0, or it fails).

The clock starts just before the child is spawned (subprocess.Popen), so Python's fork
and exec are in the figures (spawning /bin/true to its exit takes 0.6 ms here). The
measurements run in rounds, each measurement once a round, so slow periods of the
machine hit all of them;
the first --warmup rounds are not timed. Writes a Markdown table to stdout: the prompt
that stopped the clock, runs, median, p90 (nearest rank), max, min and mean, in ms; then
the verdict: the first measurement's median against --goal MS.
"""
import fcntl, os, re, select, signal, statistics, struct, subprocess, sys, termios, time

PROMPTS = {w.encode(): name for name, words in (   # PlayerWords, in en, uk and ru
    ("Your answer:", ("Your answer:", "Твоя відповідь:", "Твой ответ:")),   # .yourAnswer (menus too)
    ("Press Enter to begin", ("Press Enter to begin", "Натисни Enter, щоб почати",
                              "Нажми Enter, чтобы начать")),               # .pressEnterToBegin
) for w in words}
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
TIMEOUT = float(os.environ.get("FIRST_PROMPT_TIMEOUT", "20"))  # seconds; a prompt or exit later than this is an error


def fail(message, output=b""):
    sys.stderr.write(f"first-prompt: {message}\n")
    if output:
        sys.stderr.write("--- output so far ---\n" + output.decode("utf-8", "replace")[-2000:] + "\n")
    sys.exit(1)


def prompt_in(output):
    """The first prompt in the output (by its English words), or None."""
    text = ANSI.sub(b"", output)
    found = [(text.find(p), name) for p, name in PROMPTS.items() if p in text]
    return min(found)[1] if found else None


def run_once(argv, mode, until):
    """One run; returns the seconds from spawn to the prompt (or to the exit), and the prompt."""
    env = dict(os.environ, COLUMNS="80", LANG="C")
    env.pop("LC_ALL", None)
    if mode == "pty":
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
        os.close(slave)
        read_fd, write_fd = master, master
    else:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        read_fd, write_fd = child.stdout.fileno(), child.stdin.fileno()
    output, elapsed, eof, prompt = b"", None, False, None
    try:
        while elapsed is None:
            left = start + TIMEOUT - time.perf_counter()
            if left <= 0:
                fail(f"no {'prompt' if until == 'prompt' else 'exit'} after {TIMEOUT:.0f} s: {' '.join(argv)}", output)
            if eof:  # the output is closed: wait for the exit itself (blocking, no polling delay)
                child.wait()
                if until == "prompt":
                    fail(f"exited with {child.returncode} before a prompt: {' '.join(argv)}", output)
                elapsed = time.perf_counter() - start
                if child.returncode != 0:
                    fail(f"exit status {child.returncode}: {' '.join(argv)}", output)
            elif select.select([read_fd], [], [], left)[0]:
                try:
                    chunk = os.read(read_fd, 65536)
                except OSError:  # EIO: the pty's other side is closed
                    chunk = b""
                eof = not chunk
                output += chunk
                if until == "prompt" and prompt_in(output):
                    elapsed, prompt = time.perf_counter() - start, prompt_in(output)
        if until == "prompt":  # save and quit; kill it if it does not go
            try:
                os.write(write_fd, b"q\n")
            except OSError:
                pass
            deadline = time.perf_counter() + 3
            while child.poll() is None and time.perf_counter() < deadline:
                if select.select([read_fd], [], [], 0.05)[0]:
                    try:
                        if not os.read(read_fd, 65536):
                            time.sleep(0.01)
                    except OSError:
                        time.sleep(0.01)
            if child.poll() is None:
                run_once.killed += 1
                child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill(); child.wait()
        if mode == "pty":
            os.close(master)
        else:
            child.stdin.close(); child.stdout.close()
    return elapsed, prompt


run_once.killed = 0


def main():
    args = sys.argv[1:]
    def option(name):
        i = args.index(name); value = args[i + 1]; del args[i:i + 2]; return value
    try:
        oberih, runs, warmup = option("--oberih"), int(option("--runs")), int(option("--warmup"))
        goal = float(option("--goal"))
    except (ValueError, IndexError):
        print(__doc__.split("\n\n")[1], file=sys.stderr); sys.exit(2)
    measures = []
    for spec in args:
        name, _, rest = spec.partition("=")
        mode, until, command = rest.split(":", 2)
        if mode not in ("pty", "pipe") or until not in ("prompt", "exit"):
            fail(f"bad measurement '{spec}'")
        measures.append((name, mode, until, [oberih] + command.split("|")))

    times = {name: [] for name, *_ in measures}
    seen = {name: set() for name, *_ in measures}
    load_before = os.getloadavg()
    for round_ in range(warmup + runs):
        if round_ % 10 == 0:
            print(f"   round {round_ + 1} of {warmup + runs} (load {os.getloadavg()[0]:.2f})", file=sys.stderr)
        for name, mode, until, argv in measures:
            seconds, prompt = run_once(argv, mode, until)
            if round_ >= warmup:
                times[name].append(seconds * 1000)
                seen[name].add(f'"{prompt}"' if prompt else "(exit)")
    load_after = os.getloadavg()

    def nearest_rank(values, p):
        ordered = sorted(values)
        return ordered[max(1, -(-len(ordered) * p // 100)) - 1]

    print(f"{runs} timed rounds after {warmup} warm-up rounds; load average (1, 5, 15 min) "
          f"{' '.join(f'{v:.2f}' for v in load_before)} before, {' '.join(f'{v:.2f}' for v in load_after)} after."
          + (f" {run_once.killed} run(s) did not quit on q and were killed." if run_once.killed else ""))
    print()
    print("| measurement | until | runs | median | p90 | max | min | mean |")
    print("|---|---|---|---|---|---|---|---|")
    for name, *_ in measures:
        v = times[name]
        print(f"| {name} | {' or '.join(sorted(seen[name]))} | {len(v)} | {statistics.median(v):.1f} ms | "
              f"{nearest_rank(v, 90):.1f} ms | "
              f"{max(v):.1f} ms | {min(v):.1f} ms | {statistics.mean(v):.1f} ms |")
    busy = max(load_before[0], load_after[0]) > 0.75 * (os.cpu_count() or 1)
    if busy:
        print()
        print(f"Note: the machine was busy (1-minute load average over {0.75 * (os.cpu_count() or 1):.2f}); "
              "these figures are higher than on a quiet machine. Run again when it is quiet.")
    first = times[measures[0][0]]
    median, p90 = statistics.median(first), nearest_rank(first, 90)
    print()
    print(f"Goal: under {goal:.0f} ms to the first prompt (median). Measured: median {median:.1f} ms, "
          f"p90 {p90:.1f} ms → {'MET' if median < goal else 'MISSED'}"
          f"{'' if median >= goal or p90 < goal else ' (but p90 is over the goal)'}.")


if __name__ == "__main__":
    main()
