# Empty compiler generated dependencies file for storepulse_kiosk_core.
# This may be replaced when dependencies are built.
