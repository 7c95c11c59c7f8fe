"""The chat app as a user runs it: ``python app.py`` in a subprocess on a free loopback port.

End-to-end tests start it with their own corpus and index folders, wait until
it answers HTTP, and always stop it afterwards (terminate, then kill), so no
test leaves a server behind or touches the shared ``index/``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from conftest import PROJECT_ROOT

from qa.settings import Paths

# Nothing in these tests may talk to anything but loopback: no telemetry, no hub.
OFFLINE_ENV = {"GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1"}
os.environ.update(OFFLINE_ENV)  # for gradio_client in the test process itself
START_TIMEOUT = 180  # seconds; a cold start on 2 busy cores takes ~10-30 s
# Settings a developer may have exported that would change what is being tested.
CLEARED = ("QA_HOST", "QA_PORT", "QA_AUTH", "QA_MODEL", "GRADIO_SERVER_NAME", "GRADIO_SERVER_PORT",
           "GRADIO_SHARE", "GRADIO_ROOT_PATH")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def qa_env(paths: Paths, **extra: str) -> dict[str, str]:
    """The environment a user would set: corpus and index folders, offline switches."""
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    return {**env, **OFFLINE_ENV, "QA_CORPUS_DIR": str(paths.corpus_dir),
            "QA_INDEX_DIR": str(paths.index_dir), "PYTHONUNBUFFERED": "1", **extra}


class AppProcess:
    """``python app.py`` on 127.0.0.1:<free port>; a context manager that always stops it."""

    def __init__(self, paths: Paths, log_path: Path, args: tuple[str, ...] = (), **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = Path(log_path)
        self.command = [sys.executable, str(PROJECT_ROOT / "app.py"), *args]
        self.env = qa_env(paths, QA_PORT=str(self.port), **env)
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> AppProcess:
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(self.command, cwd=PROJECT_ROOT, env=self.env,
                                            stdout=log, stderr=subprocess.STDOUT)
        try:
            self.wait_until_serving()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_until_serving(self, timeout: float = START_TIMEOUT) -> None:
        """Poll the page until it answers; fail early if the process dies."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"app.py exited with {self.process.returncode}:\n{self.log()[-3000:]}")
            try:
                if httpx.get(self.url, timeout=2).status_code in (200, 401):
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"app.py did not serve {self.url} within {timeout} s:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)


_shared: dict[Path, AppProcess] = {}


def shared_app(paths: Paths, log_dir: Path, finalizer) -> AppProcess:
    """One app over ``paths`` for the whole session, whichever module asks first.

    Starting the app costs ~10 s of a 2-core machine, so the browser and API tests
    share one. ``finalizer`` (a session-scoped fixture's ``request.addfinalizer``)
    stops it at the end of the session. A shared app that died is not restarted:
    the tests using it should fail.
    """
    if paths.index_dir not in _shared:
        app = AppProcess(paths, log_dir / "app.log").__enter__()
        _shared[paths.index_dir] = app
        finalizer(app.stop)
    return _shared[paths.index_dir]
