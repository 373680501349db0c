"""The public API is small and curated: what __all__ lists is exactly what users get."""

import communique


def test_all_is_the_curated_list() -> None:
    assert sorted(communique.__all__) == sorted([
        "CommuniqueError", "Document", "Entity", "Event", "EventDate", "InputError", "Mention", "Pipeline",
        "Result", "SetupError", "SourceInput", "Span", "Timex", "Warning", "__version__", "default_pipeline",
        "extract", "extract_file", "read_results",
    ])


def test_every_name_in_all_exists() -> None:
    for name in communique.__all__:
        assert hasattr(communique, name), name


def test_no_private_module_leaks_into_the_namespace() -> None:
    public = {n for n in dir(communique) if not n.startswith("_")}
    modules = {"api", "pipeline", "records", "errors", "clause", "parsed", "coding", "linking", "temporal",
               "nlp", "ingest", "kb", "ontology", "output", "resources", "langid", "evaluation", "cli",
               "corpus", "store"}
    assert public - set(communique.__all__) <= modules
