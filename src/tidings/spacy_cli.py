"""spaCy imported without its command line, which tidings never calls.

``spacy/__init__.py`` imports ``spacy.cli`` (for ``spacy.info``), and with it requests,
httpx, jinja2, weasel and every ``spacy`` subcommand: some 360 modules, a third of the
time ``import spacy`` takes and a tenth of the start-up of ``tidings code``. ``install``
(run when tidings is imported) makes the next ``import spacy`` run with ``spacy.cli`` and
``spacy.cli.info`` stood in for by empty modules, then removes them: ``spacy.info`` and
``spacy.cli`` import the real command line the first time they are used, so code that
calls them sees no difference. Nothing spaCy registers or loads a model with lives in
``spacy.cli``; if a spaCy release makes its ``__init__`` read more of it, the stand-in is
dropped and spaCy imported as it is.
"""

from __future__ import annotations

import importlib
import sys
import types


def install() -> None:
    """Import spaCy without its command line from now on (unless it is imported already)."""
    if "spacy" not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


class _Finder:
    """A meta path finder (importlib.abc.MetaPathFinder, not imported: it imports
    importlib.resources) for ``spacy`` alone, once."""

    def find_spec(self, name, path=None, target=None):
        if name != "spacy":
            return None
        import importlib.util

        sys.meta_path.remove(self)  # once: the real spec, found by the other finders
        spec = importlib.util.find_spec("spacy")
        if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _Loader(spec.loader)
        return spec


class _Loader:
    """spaCy's own loader, run with the stand-ins in place."""

    def __init__(self, loader) -> None:
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []
        info = types.ModuleType("spacy.cli.info")
        info.info = _info
        stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
        try:
            self.loader.exec_module(module)
        except ImportError:  # this spaCy reads more of its command line at import: import it whole
            _drop(stand_ins)
            self.loader.exec_module(module)
            return
        _drop(stand_ins)
        module.__dict__.pop("cli", None)
        module.__getattr__ = _spacy_getattr


def _drop(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, stand_in in stand_ins.items():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def _info(*args, **kwargs):
    """``spacy.info``: the command line's, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _spacy_getattr(name: str):
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")
