# Empty compiler generated dependencies file for storepulse-ingest-bench.
# This may be replaced when dependencies are built.
