"""Settings as an operator meets them: defaults that work, production that passes --deploy."""

import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"SECRET_KEY", "DATABASE_URL", "PRODUCTION", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        PRODUCTION="1",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="famkoop.example.org",
        FAMKOOP_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_default_settings_fail_the_deploy_check(tmp_path):
    """DEBUG-free defaults still are not production: the check must say so."""
    result = manage("check", "--deploy", "--fail-level", "WARNING", FAMKOOP_VAR_DIR=str(tmp_path))
    assert result.returncode != 0


def test_secret_key_is_generated_once_into_var_and_kept_private(tmp_path):
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    first = manage("shell", "--no-imports", "-c", code, FAMKOOP_VAR_DIR=str(tmp_path))
    second = manage("shell", "--no-imports", "-c", code, FAMKOOP_VAR_DIR=str(tmp_path))
    key_file = tmp_path / "secret_key"
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    assert len(first.stdout.strip()) >= 50
    assert key_file.read_text().strip() == first.stdout.strip()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_secret_key_from_environment_wins(tmp_path):
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    result = manage(
        "shell", "--no-imports", "-c", code, FAMKOOP_VAR_DIR=str(tmp_path), SECRET_KEY="from-env"
    )
    assert result.stdout.strip() == "from-env"
    assert not (tmp_path / "secret_key").exists()


@pytest.mark.skipif(
    "postgres" in os.environ.get("DATABASE_URL", ""), reason="checks the embedded SQLite default"
)
def test_sqlite_default_uses_wal_and_foreign_keys(tmp_path):
    code = (
        "from django.db import connection; c = connection.cursor();"
        "print(c.execute('PRAGMA journal_mode').fetchone()[0],"
        " c.execute('PRAGMA foreign_keys').fetchone()[0], connection.settings_dict['NAME'])"
    )
    result = manage("shell", "--no-imports", "-c", code, FAMKOOP_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    journal, foreign_keys, name = result.stdout.split()
    assert (journal, foreign_keys) == ("wal", "1")
    assert Path(name) == tmp_path / "famkoop.sqlite3"
