# Empty compiler generated dependencies file for storepulse-kiosk-idle-bench.
# This may be replaced when dependencies are built.
