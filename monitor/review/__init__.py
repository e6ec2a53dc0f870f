"""Review: the DSL's queue in a browser, decisions, audit and evidence packs."""
