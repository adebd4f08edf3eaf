"""Finding the object a dotted name means in the user's namespace without running the user's code.

Completion and inspection both need ``obj.attr.attr``'s object. ``getattr`` would run properties and
``__getattr__`` methods, which may be slow or have effects, so attributes are looked up statically
(``inspect.getattr_static``): a plain value is taken as it is, a descriptor only when it is implemented in C (slots,
methods of built-in types, class and static methods), whose ``__get__`` runs no Python code.
"""

import builtins
import inspect
import re
import types

MISSING = object()

# An identifier: a letter or underscore (any script), then letters, digits and underscores.
IDENTIFIER = r"[^\W\d]\w*"
DOTTED = re.compile(r"%s(?:\.%s)*$" % (IDENTIFIER, IDENTIFIER))

_C_DESCRIPTORS = (types.GetSetDescriptorType, types.MemberDescriptorType, types.MethodDescriptorType,
                  types.WrapperDescriptorType, types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def resolve(dotted, namespace, last=None):
    """The object ``dotted`` (``name`` or ``name.attr.attr``) names, or MISSING.

    ``last(owner, name)`` looks up the final attribute when given (inspection takes a property itself there).
    """
    if not DOTTED.match(dotted or ""):
        return MISSING
    first, *rest = dotted.split(".")
    obj = namespace.get(first, MISSING)
    if obj is MISSING:
        obj = getattr(builtins, first, MISSING)
    for index, name in enumerate(rest):
        if obj is MISSING:
            return MISSING
        lookup = last if last is not None and index == len(rest) - 1 else attribute
        obj = lookup(obj, name)
    return obj


def static_value(obj, name):
    """What ``obj.name`` is stored as (the descriptor itself when it is one), or MISSING."""
    try:
        return inspect.getattr_static(obj, name)
    except AttributeError:
        return MISSING
    except Exception:  # a broken __mro__ or __dict__: nothing to offer
        return MISSING


def attribute(obj, name):
    """``obj.name`` when finding it runs no Python code of the user's, else MISSING."""
    value = static_value(obj, name)
    if value is MISSING:
        return MISSING
    return bind(obj, name, value)


def bind(obj, name, value):
    """``obj.name`` from its stored ``value``, when binding it runs no Python code; else MISSING."""
    if isinstance(value, _C_DESCRIPTORS) or isinstance(value, (classmethod, staticmethod)):
        try:
            return getattr(obj, name)
        except Exception:
            return MISSING
    if isinstance(value, types.FunctionType) and not isinstance(obj, (type, types.ModuleType)) and \
            name not in _instance_dict(obj):
        # A method looked up through an instance: bound as Python would bind it, without calling anything.
        return types.MethodType(value, obj)
    if _is_python_descriptor(value) and not isinstance(value, types.FunctionType):
        return MISSING
    return value


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, "__dict__")
    except Exception:
        return {}


def _is_python_descriptor(value):
    return inspect.getattr_static(type(value), "__get__", None) is not None
