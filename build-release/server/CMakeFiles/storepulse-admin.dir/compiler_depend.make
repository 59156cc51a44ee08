# Empty compiler generated dependencies file for storepulse-admin.
# This may be replaced when dependencies are built.
