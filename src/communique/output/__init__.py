"""Writers for results: ``communique.result/1`` JSON and JSONL, and the terminal table rows."""

from communique.output.result_json import SCHEMA_ID, result_to_dict, result_to_json

__all__ = ["SCHEMA_ID", "result_to_dict", "result_to_json"]
