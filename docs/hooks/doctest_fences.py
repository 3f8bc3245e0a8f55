"""mkdocs hook: doctest examples in docstrings (``>>>`` lines and their output, up to a blank
line) become ``pycon`` code blocks, so Markdown does not read ``table[["a"]]`` as a link."""

from __future__ import annotations

from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority


class _DoctestFences(Preprocessor):
    """Wrap each run of doctest lines in a fence (skipping text already fenced)."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fenced = doctest = False
        for line in lines:
            stripped = line.strip()
            if doctest and not stripped:
                out.append("```")
                doctest = False
            elif not doctest and stripped.startswith("```"):
                fenced = not fenced
            elif not doctest and not fenced and stripped.startswith(">>>"):
                out.append("```pycon")
                doctest = True
            out.append(line)
        if doctest:
            out.append("```")
        return out


class DoctestFences(Extension):
    """The Markdown extension: its preprocessor runs before fenced_code's (priority 25)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(_DoctestFences(md), "doctest_fences", 28)


@event_priority(100)  # before mkdocstrings reads the Markdown extensions
def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DoctestFences())
    return config
