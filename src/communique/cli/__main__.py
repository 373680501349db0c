"""``python -m communique.cli``: the same as the ``communique`` command."""

from communique.cli.app import main

main()
