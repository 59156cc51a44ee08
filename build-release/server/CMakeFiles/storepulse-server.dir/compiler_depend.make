# Empty compiler generated dependencies file for storepulse-server.
# This may be replaced when dependencies are built.
