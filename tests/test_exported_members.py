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
