import subprocess, os, signal, time
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo via-fd > /proc/self/fd/" + str(w)], pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100), p.returncode)
os.close(r)
os.environ["PYJIT_CHILD_VAR"] = "inherited"
print(subprocess.check_output(["sh", "-c", "echo $PYJIT_CHILD_VAR"], text=True).strip())
del os.environ["PYJIT_CHILD_VAR"]
print(repr(subprocess.check_output(["sh", "-c", "echo ${PYJIT_CHILD_VAR:-unset}"], text=True)))
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.send_signal(signal.SIGTERM)
print(p.wait(), p.poll())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired:
    print("timeout, still running", p.poll())
p.stdin.close()
out, _ = p.communicate()
print(repr(out), p.returncode)
with subprocess.Popen(["printf", "line1\\nline2\\n"], stdout=subprocess.PIPE, text=True) as p:
    print([l for l in p.stdout])
print(p.returncode)
with os.popen("echo popen works") as f:
    print(f.read().strip())
print(os.popen("exit 3").close())
r = subprocess.run(["sh", "-c", "read x; echo got:$x"], input="abc\n", capture_output=True, text=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "exit 0"], check=True)
print(r)
try:
    subprocess.run(["sh", "-c", "echo bad >&2; exit 9"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.stderr, e.cmd, str(e))
print(subprocess.call(["true"]), subprocess.call("exit 2", shell=True))
try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print("PermissionError", e.errno, e.filename)
p = subprocess.Popen(["sh", "-c", "exit 1"], start_new_session=True)
print(p.wait())
p = subprocess.Popen(["sh", "-c", "echo $$ > /dev/null; exit 4"], process_group=0)
print(p.wait())
print(subprocess.list2cmdline(["a b", "c"]))
