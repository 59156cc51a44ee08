# Empty dependencies file for storepulse-simulator.
# This may be replaced when dependencies are built.
