"""Build hook: the prompt files live in the top-level prompts/ folder (where an editor finds
them) and are copied into the wheel as plainsum/prompts/ at build time, so an installed plainsum
finds them as package data. Everything else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithPrompts(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "plainsum" / "prompts"
        target.mkdir(parents=True, exist_ok=True)
        for prompt in sorted(Path(__file__).parent.joinpath("prompts").glob("*.md")):
            shutil.copy2(prompt, target / prompt.name)


setup(cmdclass={"build_py": BuildWithPrompts})
