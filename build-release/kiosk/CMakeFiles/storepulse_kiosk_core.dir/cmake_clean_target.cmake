file(REMOVE_RECURSE
  "libstorepulse_kiosk_core.a"
)
