"""Every public name is exported, exists, and says what it is for."""
from __future__ import annotations

import inspect

import marsad


def test_all_public_names_exist_and_are_documented():
    for name in marsad.__all__:
        assert hasattr(marsad, name), f"marsad.__all__ lists {name} but it is missing"
        obj = getattr(marsad, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert (obj.__doc__ or "").strip(), f"marsad.{name} has no docstring"


def test_public_callables_and_classes_are_listed_in_all():
    public = {n for n, o in vars(marsad).items()
              if not n.startswith("_") and (inspect.isclass(o) or inspect.isfunction(o))
              and getattr(o, "__module__", "").startswith("marsad")}
    assert public <= set(marsad.__all__), public - set(marsad.__all__)


def test_no_module_binds_a_top_level_name_twice():
    # A second «_ANY = …» further down a module silently replaces the first for every function that reads it
    # (events' «مع كل جريمة» and «وصل عدد القتلى» were read with the wrong set for sessions)
    import ast
    from collections import Counter
    from pathlib import Path

    for path in Path(marsad.__file__).parent.rglob("*.py"):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names[node.target.id] += 1
        twice = sorted(n for n, k in names.items() if k > 1 and n != "__all__")
        assert not twice, f"{path.name} binds {twice} more than once"
