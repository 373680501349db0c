"""Every error has a stable, unique code and the exit status the CLI documents."""

import inspect

from communique import errors


def _classes() -> list[type[errors.CommuniqueError]]:
    return [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, errors.CommuniqueError)]


def test_codes_are_unique_and_well_formed() -> None:
    codes = [c.code for c in _classes()]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 4 and c[0] == "E" and c[1:].isdigit() for c in codes)


def test_input_errors_exit_3_and_setup_errors_exit_4() -> None:
    for cls in _classes():
        if issubclass(cls, errors.InputError):
            assert cls.exit_code == 3, cls
        elif issubclass(cls, errors.SetupError) and cls is not errors.ExtraNotInstalled:
            assert cls.exit_code == 4, cls


def test_codes_are_documented_in_the_module_docstring() -> None:
    doc = errors.__doc__ or ""
    for cls in _classes():
        if cls.code[1:] not in {"000", "100", "200"}:
            assert cls.code in doc, cls.code


def test_message_names_code_and_source() -> None:
    exc = errors.EmptyInput("the text is empty", source="a.txt")
    assert str(exc) == "E101 a.txt: the text is empty"
