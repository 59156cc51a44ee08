# Empty dependencies file for storepulse_schema.
# This may be replaced when dependencies are built.
