# Empty compiler generated dependencies file for storepulse_proto.
# This may be replaced when dependencies are built.
