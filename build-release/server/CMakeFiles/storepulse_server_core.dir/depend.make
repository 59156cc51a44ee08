# Empty dependencies file for storepulse_server_core.
# This may be replaced when dependencies are built.
