#!/usr/bin/env python3
"""Builds the web app if needed, then serves it: python3 serve.py [--port N] [--host H] [--no-build]

1. scripts/setup.sh installs what is missing (Debian 12, needs root or sudo; off Debian it
   says what to install) and fetches the Dear ImGui source into deps/.
2. emcmake cmake configures build-web/ once; cmake --build rebuilds only what changed.
3. build-web/site/ is served with the right MIME types and Cache-Control: no-cache, so a
   rebuilt app is never stale in the browser.
"""
import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(ROOT, "build-web")
SITE = os.path.join(BUILD, "site")


def run(cmd, env):
    print("+ " + " ".join(cmd), flush=True)
    try:
        status = subprocess.call(cmd, cwd=ROOT, env=env)
    except FileNotFoundError:
        sys.exit("serve.py: %s not found: install it (see scripts/setup.sh, README.md)" % cmd[0])
    if status != 0:
        sys.exit("serve.py: '%s' failed (see above)" % " ".join(cmd))


def build():
    if not shutil.which("bash"):
        sys.exit("serve.py: needs bash and Debian 12's apt (see README.md for the dependencies)")
    env = dict(os.environ)
    # Debian's emcc finds its node modules (acorn) only through NODE_PATH.
    env["NODE_PATH"] = os.pathsep.join(p for p in ("/usr/share/nodejs", env.get("NODE_PATH")) if p)
    run(["bash", "scripts/setup.sh"], env)
    configured = os.path.exists(os.path.join(BUILD, "CMakeCache.txt")) and any(
        os.path.exists(os.path.join(BUILD, f)) for f in ("build.ninja", "Makefile"))
    if not configured:
        generator = ["-G", "Ninja"] if shutil.which("ninja") else []
        run(["emcmake", "cmake", "-S", ".", "-B", "build-web", *generator,
             "-DCMAKE_BUILD_TYPE=Release"], env)
    jobs = env.get("CARD_JOBS") or str(os.cpu_count() or 2)
    run(["cmake", "--build", "build-web", "-j", jobs], env)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".data": "application/octet-stream",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


def main():
    ap = argparse.ArgumentParser(description="Build (if needed) and serve Client Card.")
    ap.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    ap.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    ap.add_argument("--no-build", action="store_true", help="serve the existing build-web/site")
    args = ap.parse_args()

    if not args.no_build:
        build()
    if not os.path.isfile(os.path.join(SITE, "index.html")):
        sys.exit("serve.py: %s has no index.html: run without --no-build" % SITE)

    handler = functools.partial(Handler, directory=SITE)
    try:
        server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    except OSError as e:
        sys.exit("serve.py: cannot listen on %s:%d: %s (try --port N)" % (args.host, args.port, e))
    print("Serving %s on http://%s:%d/  (Ctrl+C to stop)" % (SITE, args.host, args.port),
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nserve.py: stopped")
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
