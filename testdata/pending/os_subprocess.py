import subprocess, sys, os
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
print(subprocess.check_output(["printf", "a\\nb\\n"]))
print(subprocess.check_output("echo $((1+2))", shell=True, text=True))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 4"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e)
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename, e)
try:
    subprocess.run(["ls"], cwd="/nonexistent-dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename, e)
r = subprocess.run(["cat"], input=b"piped data", capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": os.environ["PATH"]}, capture_output=True, text=True)
print(repr(r.stdout))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"hello")
print(out, err, p.returncode, p.wait())
r = subprocess.run(["pwd"], cwd="/tmp", stdout=subprocess.PIPE, text=True)
print(r.stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout == 0.2 or abs(e.timeout - 0.2) < 0.1)
print(subprocess.getoutput("echo getoutput"), subprocess.getstatusoutput("exit 3"))
r = subprocess.run([sys.executable, "-c", "print('child python')"], capture_output=True, text=True)
print(r.stdout.strip() == "child python", r.returncode)
r = subprocess.run("exit 5", shell=True)
print(r.returncode)
p = subprocess.Popen(["sh", "-c", "kill -TERM $$"])
print(p.wait())
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)
