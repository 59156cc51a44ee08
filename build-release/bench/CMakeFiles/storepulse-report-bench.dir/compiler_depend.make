# Empty compiler generated dependencies file for storepulse-report-bench.
# This may be replaced when dependencies are built.
