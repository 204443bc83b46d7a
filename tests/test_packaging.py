"""environment.yml and pyproject.toml name the same dependencies; CI runs the README's command."""

import re
from pathlib import Path

import tomllib
import yaml

ROOT = Path(__file__).resolve().parent.parent


CONDA_NAMES = {"pytorch": "torch"}  # conda-forge's name for what PyPI calls torch


def _name(spec: str) -> str:
    name = re.split(r"[<>=!~ \[]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")
    return CONDA_NAMES.get(name, name)


def test_environment_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]
    conda = {_name(d) for d in env if isinstance(d, str)} - {"python", "pip"}
    pip_section = [d for d in env if isinstance(d, dict)][0]["pip"]
    assert "-e ." in pip_section
    assert conda == {_name(d) for d in project}


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = [
        line
        for line in (ROOT / ".ci/run").read_text().splitlines()
        if line.strip()
        and not line.startswith("#")
        and not line.startswith("set ")
        and not line.startswith("cd ")
    ]
    assert ci == ["make test"]
    assert "make test" in readme and "make report" in readme


def test_import_and_extraction_do_not_load_the_stance_model_stack():
    """`import analysis` and `python -m analysis statements` start in about a second, not five:
    scikit-learn and PyTorch are imported only by the stance steps."""
    import subprocess
    import sys

    script = (
        "import sys, analysis, analysis.cli\n"
        "print(sorted({'sklearn', 'torch'} & set(sys.modules)))\n"
        "analysis.classify\n"
        "print(sorted({'sklearn'} & set(sys.modules)))\n"
        "print(all(hasattr(analysis, name) for name in analysis.__all__))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert out.splitlines() == ["[]", "['sklearn']", "True"]
